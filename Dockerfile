# One image holding every app: trader, backtester, backfiller, exchangesim and dashboard (lower-case commands on PATH).
# docker-compose.yml picks the entrypoint per service. Two ways to fill it (docs/containers.md):
#
#   docker build -t trader:latest .
#       the SDK stage publishes the apps; they run on the official runtime-deps image (no SDK inside).
#   scripts/publish-apps out/image && \
#   docker build -t trader:latest --build-arg APPS=host --build-arg BASE_IMAGE=trader-minbase:bookworm .
#       copies a host-side self-contained publish onto a local base image (e.g. a debootstrap minbase with libssl3,
#       imported with `docker import`): no image registry is needed. Needs BuildKit (DOCKER_BUILDKIT=1), which skips unused stages.
#
# Base images are build args so they can point at a local mirror.
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG BASE_IMAGE=mcr.microsoft.com/dotnet/runtime-deps:10.0
# Where the published apps come from: sdk (built here) or host (out/image, made by scripts/publish-apps).
ARG APPS=sdk

FROM ${SDK_IMAGE} AS apps-sdk
WORKDIR /src
COPY . .
RUN bash scripts/publish-apps /opt/trader

FROM scratch AS apps-host
COPY out/image/ /opt/trader/

FROM apps-${APPS} AS apps

FROM ${BASE_IMAGE} AS runtime
# The official .NET images run as `app` (uid 1654); the same uid is used on any base so that bind-mounted data/ and
# logs/ need one owner. Compose may run the container as another uid (TRADER_UID in .env).
ARG APP_UID=1654
# The apps are self-contained: the base needs glibc, libstdc++ and libssl (HTTP, HMAC). Invariant globalization: a minbase
# has no ICU (all parsing and formatting in the apps is culture-invariant anyway). PATH is spelled out because an
# imported base image carries no environment.
ENV PATH=/opt/trader/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 \
    DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    HOME=/tmp \
    DATABASE_URL=data/trading.db \
    LOG_DIR=logs
RUN (getent passwd ${APP_UID} >/dev/null || useradd --uid ${APP_UID} --user-group --no-create-home \
        --home-dir /app --shell /usr/sbin/nologin app) \
    && mkdir -p /app/data /app/logs /app/config \
    && chown ${APP_UID}:${APP_UID} /app/data /app/logs
COPY --from=apps /opt/trader /opt/trader
WORKDIR /app
USER ${APP_UID}:${APP_UID}
ENTRYPOINT ["trader"]
CMD ["--help"]
