# CHP Insight: the API with the built dashboard, one port (4000). Used by docker-compose.yml,
# which supplies DATABASE_URL (the embedded PostgreSQL is not used in a container).

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY packages/domain/package.json packages/domain/
COPY packages/api/package.json packages/api/
COPY packages/web/package.json packages/web/
RUN npm ci
COPY packages packages
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=4000
WORKDIR /app
# node_modules links @chp/* to packages/*, so keep that layout: manifests, dist and any nested node_modules.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/packages packages
RUN rm -rf packages/*/src packages/*/test && chown -R node:node /app
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 CMD ["node", "packages/api/dist/healthcheck.js"]
# a larger young generation: a page of the register allocates several MB, and with 10 requests
# in flight the default one was scavenged every few pages (docs/operations.md, Memory)
CMD ["node", "--max-semi-space-size=64", "packages/api/dist/main.js"]
