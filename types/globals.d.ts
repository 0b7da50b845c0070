/** Injected by tsup at build time from each package's package.json; absent when tests run from source. */
declare const __PACKAGE_VERSION__: string | undefined;
