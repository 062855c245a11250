/**
 * Starlight route middleware (astro.config.mjs `routeMiddleware`). The 404 page is served at whatever
 * address was not found, so it has no URL of its own: Starlight's canonical link and `og:url` (which would
 * name a `/404/` address that does not exist) are removed from it.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
  if (context.routePattern !== '/404') return;
  const route = context.locals.starlightRoute;
  route.head = route.head.filter(
    ({ tag, attrs }) => !(tag === 'link' && attrs?.['rel'] === 'canonical') && !(tag === 'meta' && attrs?.['property'] === 'og:url'),
  );
});
