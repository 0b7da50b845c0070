/**
 * SANDBOX ONLY. Fixed keys of the One Login emulator and of its default test client, committed so
 * that credentials stay the same across restarts. They are public: never use them anywhere real.
 */

export const idTokenEs256 = {
  kty: 'EC',
  x: 'cheUkCtCUKREnb4gNbbV6oLXTaZvGyUxO_AzkGQdxNU',
  y: 'vRLLsTw128VBpcfjFBvLff05kSGa4GCJfmK4Yof7g8s',
  crv: 'P-256',
  d: 'MP8O1frzEDFNA53ZVwgajSkYFJWQu17v9RNoqees4F0',
  kid: 'sandbox-id-token-es256-1',
  alg: 'ES256',
  use: 'sig',
} as const;

export const idTokenRs256 = {
  kty: 'RSA',
  n: 'rRM-7L-R-h2mH87Y7Ztm20vHvQPrZT8d9l-bNyn2K4k-cGa7il27_43z2tzjD3-vEmad810zOPv1a3seOkS6MsimF_n-371w9XWghpc2BxVwOd5nZ1U_QSgo-8oD5dS0dgDGoZi5vsdjL8u4cVx5FGusl9AGz0QXnY0a1nq1XkUSGuILH6kTk8hpABN196pXKY0jmCiZh4IipNUarIXWcMfyGmhw5LVsVCQAgo5bZ_AR2ceX_BXo_kiKzSRdAhyXwvBezKJ653s3gW_vlw0TMHsxvBSzinRqaN_suHSy5T5NAv6tL3BlsME2kLn8Us3CgetecqFQkrXv7Fol_XmicQ',
  e: 'AQAB',
  d: 'Oakxy5o_Pf7mu64kI3UknWbv0o8du4t9pflQMt6t_u8oeDYhwQVdftSCK6Zvl1hIsW6yrMOeLxvyNa688Vi4V_b1LwPA4DWzDnPz2SNDgrSnwP_Rn2GNQ13n2YsCJW3p-W5kvq2tJFw1NVU_y7StOhptU96ghij_XSQHjvEuv4riARyuWiChsPM325-iTSeae5AbOmqtPIQUnx14RqwcJEW-9RAfwO4FqbwVJGclFvdli1PHRhphwJLpnstfF_3Jz5on4A0hgk2SVS2qiQQR5nMVIHq6vL1P7yE7Gm9f4_2_zE7RC8W0VAHCu4cejm3ND5kTlE_gc2x5wVzYyt7PiQ',
  p: '743QXWtzZoUGiwmitsp0heBzNFamaFwf_iAX_Wx9yF56K_NuSRN92yvZXGmWgjqdbuhznN_tbaMMmREIPhGSpTfSKSjIdGExrgnCuuQ0IdNPL7h1AnovnKoLvtIGYy6xt8Mjmon7DMe8BXVV4rY1YDbwQ1N0AsoMaYouznJtDQs',
  q: 'uPUPbwN1QAuItfKZwtlU9oKLzAFB8a1fdL_Or2kEVyLcT2THHpbUfDg9hbl6TgaCBbRF52_mowujYOPAaRhMlPyFXui2JxRPKE6FvlEUJHpm8Ryxc8W4wR_TkR6cVtlmSsvL0I7qGh2L5senbEzuu0qapMdLQ3lkN6QyTgChY_M',
  dp: 'gYq-0sX4ccgd8bIUO6TfvkXSBsuU0XqAEnxofLLekiwFBR9u1DWmKY9cy4yNx37LA97QJlUxn8g8V8nOG0KFerLlAzz6qXSl2OeOVmJxjpkmiTfGjsBkXuPV1irdKWVm1WjBKCDVkeOw2YLKHv9Jfe43nzDR23BHpgsDpMBcGGE',
  dq: 'iZQYN96dn9c0iQr9XxfkgD1ZGZWx5MCu6ZwndQkr5lkTAaeYCePuCLyY3ti55kInA3E2MlJlf9CPZenj3QjrJkO0PYXiwKz1uKi4CXor_npiCmXqhZCEvnsbF65qYpvx4B8561fzQRvLTg4jNob_aaez4nAwRu-MIWts0-LaKgs',
  qi: 'n9HMm7IrPHp0PI_YVVPQ7cX4nCWQjf1WPIUCnLRHKyfPEj1oOlgNE2avrms-l_Ej1NlAIsOegsMERHC-wUmqiRoe8y56yR3zNVUrIpfUEUyz4sb2dwYoeLTUkvfc3lIFRnPcT-FtehAj0rq6w6UHROIaP0rg0px_e5-MeZ74qv8',
  kid: 'sandbox-id-token-rs256-1',
  alg: 'RS256',
  use: 'sig',
} as const;

export const rotatedIdTokenEs256 = {
  kty: 'EC',
  x: 'nYgVWUdWb0lQjSUW4CWoAjixxmGEKfNyjTNiBB_JuZ4',
  y: '0L6p04BzjTj1CuSjulaTB11IlSJ_0Ox-9hgwvoenG4A',
  crv: 'P-256',
  d: 'YU_x7O67BGf4LIZLp7cZGaDPHWnS-rAwVDnZ6zV_dM4',
  kid: 'sandbox-id-token-es256-2',
  alg: 'ES256',
  use: 'sig',
} as const;

export const rotatedIdTokenRs256 = {
  kty: 'RSA',
  n: 'rth3F2zb1yIN5I6pVI51ugtzy46EQ_RVzHBi_DDbl5NSJlkbUy_546MnfrAwITNjdOVhk5zXj-HzwWfhJ3C3y9YhO0M3jB20mswvYKnDiqEL9oGoiCob8vv757h4nxPDaoHt6nfzxeh8dmGtyUA_JtDE_9SDZLBnqdALSziz511c0DFipNePj-B9aZbrgATsszyTI1bGy--LeE-n43zetGP8d8857tY2FlHMcMUS-ihFEszJV3IQ5M-eUQmc1bbl1IftcJ01ng97SRsN4cLds5eu6EOUmPM2iWXMpyzgLI8TjD2EW1pcyR8-KEg7uFxPd92DkznPywEjHU324shxpQ',
  e: 'AQAB',
  d: '66_Ja0aix_13bEinoQp2dCcKgn6Sp8We2u7P--GlugvjmuO1xdq6IwpO07lNJ5Ez0FC0TYiMIMbL3F69P_gB2BOofYqhvFuQaPzFu_xc6q3jGpKlWXlbLC8-ESwG6QlF-5y0H_yKgM8OvKJOBzVRk6IDon_qu0v5lVS-duHpzC8gaD_bLGaaMfAFRRHLRtl5HAaHOZ5nYvwlE7dHQ8xdJ9WkZ-g3QdJE6MpCOqTsM5Zwm3oxTvfOdbgDluVnGma14ivRKRkr4wUAmOjX0iUZa163rm-oOtsxgsR34exJzHS0sA8hmn9ksXWPdd10_dnHfcwcCOZuojw4wgeF-fiB',
  p: '7JgGkHp1c81FSSSgNCzpBcms6UBvfgDz9yZPQbnf6ya0j2ChzROhF6POpRNo3UjZEoQ-nH_hTAhJJbrw_Qql-zTqh5tG9iIOyGnKdHvgg_YDZ-BrbsFlB9owFWgBAfRnKAlBE1Jglr8L3AcZnNAZvKutQ46JXvaBMmb7ET6f7xE',
  q: 'vS_a7iXeZWAc2IeOk8xg_o38n4w7UxGX7SBLl3TdMex-giZu94tQpJ_OQI1QHyYkalN7LxltmuUPFdHJNdDkVQamRIsb9-AokKZy7WJPoWhy5huMVaGicwA_kOjI4p9gmqvVtAJMgJEt_IOd2kwuSik2RNkq5sTUIVxwG5nPAVU',
  dp: 'mM-kRcLig5YMby6ZzrlHFHbrGIiGunKxIGt8-22rg70vGAAI4WURQiyJ9rLvoyU_FyeVLQ2nna0oWZdBuZ4cEIFgDZAsKCNdOvKhUdUE8RZ_oqMfoJyGvaieL-VJ6VJLIl-_yVQGkLb6WPW5BECgruyPbzfr4AsE7WH4PW4ebJE',
  dq: 'HBOEDB-2l5jh7wh_ElQceOqdeRgYncVYpKpMTZfcU9JjG_GUOkyElUnaFB5kq5q_gMAO4fiGGZyw1m4hzEjJ-gxYlIeIiQrNOlpZZ_1VEAEuPBQOiY7JSwPYaysA1REOByZFOse0jsf86SKnRIRVwk_HbARGp6TCToknYhE7dVk',
  qi: 'P3qX8G487kSEcspIV9Za5sgPrdOnQ_V3RbkHKbmGzZIYeT3SnqyV8wkCwbPxutBK28822aGv338q0yoMo9nWxUVB75P7nVUMWB6fFgu4tpQugbj3y0ogmBYMu_baUMLYRncEyFft6wN4J-oxjWnKWe04t0NOT_-8r0koLk2qtlM',
  kid: 'sandbox-id-token-rs256-2',
  alg: 'RS256',
  use: 'sig',
} as const;

export const identity = {
  kty: 'EC',
  x: '7qbiQST-yOjLnY6FAb84Q4modrJot1LUVDUHqiCbpd8',
  y: 'ClDxFBzBV-wdbgeTWzrbJIeuq-hYL5LV-2kS9dyAoS8',
  crv: 'P-256',
  d: 'd8yncfJMMsLWckv87puyYmnwFP_cqRI3WHaNOX3apF4',
  kid: 'sandbox-identity-1',
} as const;

export const rotatedIdentity = {
  kty: 'EC',
  x: 'Z7ov00I4BQbmX7e9pjkshNq4ZHdDc-dusGPAtIAihis',
  y: 'e5Ff529Jm2PX0TOaUOqf4UAiFFoS7dJ6UzNo2Dvgojo',
  crv: 'P-256',
  d: '463XDwPc47uZHFm1Bv2TAhH67U_2OAFpg2Xi8Ucb7SQ',
  kid: 'sandbox-identity-2',
} as const;

export const clientRsa = {
  kty: 'RSA',
  n: 't4b0OfZZGMj34z7fYSbeaR4YcFgLXqbWrySrqI64uFTqHLvW_X0nJiT9QeqsPY_e3vVpSTGsc6fN0E5E69jNbvDTJTN-h4xOLiY5C36Y5oVvMTsSCblXP4WJ1GuvXx1jYIgs31GQsrIGP2t4-8bEB8BhQub35L2JQyx_FNeJfs1ONk_RAbETH16DpuXByBRaqFZnHDgTPDvOmeWAzP9uNRwWY9vAmg2q6aRBxmZ-oCk-gGpLOtsl7VEJc0Xzjr2EnAxU4HkMCDCKXNa5Mn0YSeNFJlydeI0m6Yl1ScR7pbu28JdAX47oNPWFxyl6sVfQU0oWMMaw8a6p8ZK77KET2Q',
  e: 'AQAB',
  d: 'HJsNYCd0tbdFZAc9vB_Z1NqbBo_Cnes1VTFLDEfKpPifUQE6PmKOgpSLYQXZ-PJ-05O-6Gi0r4Y9PzWj6nrtclhZINhI5YnJ-cl9ZLxDytKLhUnmwts_rSf8Vr6-I_4pqjcvf1NwUVoMPUBcKCpQDcE_p7TmeKHOTkkWOcJqrPfBBBzowjJeBQzrEzaAXB_abBV29EKS0a8seGKnLgKe3lre79GsqKElx7nlzYTSfRCPEusGuSztpacoycticwSueQPErpq-SjvPt9BIaYde_r8gHpCPe6g8GMILkzOEsRb6b34wYfwd3wnLKAG17cobP6wcQ2afxTdAi_Cvpyra_Q',
  p: '-BXaQRIOsgylqXiqZrc6NW7n7xh-TVYP_-kBRuWG-kmPEmg8myb7gwfUOkt6W6D4vcGCbp7BiHCd3aBxvqbfqwSFlROkBPoZ4MOFuPQKlMBlxPs9r8kI6mEuenElVOzIXjBWujBxisLg2djIrxUHvWWebOVBoQzXa2wWcCeQpSs',
  q: 'vWHYgcyFOkSYa4HST1i45oxC9i3wx8WxJ3GVeEPNCY-iCNo_-hxwc2UEF9WtqLN6euT_BvuxMI5_iLn9LPOES0bsbhdg5Yx-nhSEZVIGiX-pyYFW3SPITw2TvC_h5FH1Fno3J4YKGLlWjXY2izdD5KvGlCFreGcu9t3e2MSGcQs',
  dp: 'aO-NXyLNNoDk_dc9dK8iHwHndxoMKpgxslSTprJlsq60ptuSbypBDr6cBYBxpBplvJYCntnmENlZ3SoFktgxGbyS6GjjYvuLQKhTgtUvOJZdNcHz6MwHSmSK7V24pcB2TGjz9lORY1llFKB-2pfxqyo1pegfJ4kwAY85unzx0Ps',
  dq: 'C9McLZ6TgvvdeHj2pLWpddu0IqLjsdWKJihVaNjy6HHrcBoQfJFiBBJ-mu5glXP_ZcT-l3UHrzx2ghb609-wlvKquIUFK9AF5-DoE1t3xQYPl-FXhx9A1o7Gdq2WsSbc4rZm0zTvVHPeD58d8LtWpeSD1aPwjegDaq6Xx3kd29k',
  qi: 'K4mSUGJLszoR32QPMUw-XgKkcbRhefGcOKwDIb3jjpRfuQwt-zWpyEEy_u-0AE8-5fEfNqenMJeFEmoidpuME4MumvkrkWnk1W8o1iVAaDs0E-z7vhXGecy6RiE9VKgIGt4KDEAp134ZWN82xDD5vVSkMPfSWkMlkUmUuwd0hHI',
  kid: 'sandbox-client-rsa-1',
  alg: 'RS256',
  use: 'sig',
} as const;

export const clientEc = {
  kty: 'EC',
  x: 'lotJIAFJxOtj8_c5iwux3z-XY7-jpn8QXU4ILXQ5DBQ',
  y: 'Qu3x6xqC88T0AgOo_oxhnmk51in2ujfmbjwfosPYqik',
  crv: 'P-256',
  d: 'HJPJxaCe68dxIQMmIE2szVYLS0sXy7ii6SBvWQBQzBs',
  kid: 'sandbox-client-ec-1',
  alg: 'ES256',
  use: 'sig',
} as const;
