// Custom client directives registered in astro.config.mjs.
declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when the reader reaches for the island (pointer, focus, touch, input); at once if the URL has a query. */
    'client:intent'?: boolean;
  }
}

export {};
