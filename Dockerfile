# syntax=docker/dockerfile:1
# NewsHub in one image: the web app, the `newshub` command line beside it and the sample articles.
# On start it applies the migrations, imports samples/ (set NEWSHUB_IMPORT_SAMPLES=false to skip)
# and serves on port 8080. It needs ConnectionStrings__NewsHub; docker-compose.yml provides one.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
ENV DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# Restore from the build files and project files alone, so that this layer is reused until a
# dependency changes. global.json is left out on purpose: it pins the SDK of the development
# machines, while this stage builds with whatever 10.0 SDK the image carries.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/NewsHub.Segmentation/NewsHub.Segmentation.csproj src/NewsHub.Segmentation/
COPY src/NewsHub.Domain/NewsHub.Domain.csproj src/NewsHub.Domain/
COPY src/NewsHub.Ingestion/NewsHub.Ingestion.csproj src/NewsHub.Ingestion/
COPY src/NewsHub.Data/NewsHub.Data.csproj src/NewsHub.Data/
COPY src/NewsHub.Pipeline/NewsHub.Pipeline.csproj src/NewsHub.Pipeline/
COPY src/NewsHub.Web/NewsHub.Web.csproj src/NewsHub.Web/
COPY src/NewsHub.Cli/NewsHub.Cli.csproj src/NewsHub.Cli/
# Both are published ReadyToRun (compiled ahead of time for this image's architecture), so that pages and
# imports do not spend their first minutes in the JIT: the benchmarks measure them that way. The runtime
# identifier comes from the build stage's own architecture (amd64 -> linux-x64, arm64 -> linux-arm64).
RUN RID="linux-$(dpkg --print-architecture | sed 's/amd64/x64/')" \
 && dotnet restore src/NewsHub.Web/NewsHub.Web.csproj -r "$RID" -p:PublishReadyToRun=true \
 && dotnet restore src/NewsHub.Cli/NewsHub.Cli.csproj -r "$RID" -p:PublishReadyToRun=true

COPY src/ src/
RUN RID="linux-$(dpkg --print-architecture | sed 's/amd64/x64/')" \
 && dotnet publish src/NewsHub.Web/NewsHub.Web.csproj -c Release --no-restore -r "$RID" --self-contained false -p:PublishReadyToRun=true -o /out/web \
 && dotnet publish src/NewsHub.Cli/NewsHub.Cli.csproj -c Release --no-restore -r "$RID" --self-contained false -p:PublishReadyToRun=true -o /out/cli

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /out/web ./
# The CLI keeps its own folder: both projects ship an appsettings.json.
COPY --from=build /out/cli ./cli/
COPY samples/ ./samples/

ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    NEWSHUB_IMPORT_SAMPLES=true
EXPOSE 8080

# APP_UID is the unprivileged "app" user that the .NET base images define.
USER $APP_UID

# Migrate first so that the import and the site meet the current schema. A failed sample import is
# reported but does not keep the site from starting; a failed migration does.
ENTRYPOINT ["/bin/sh", "-c", "set -e; dotnet cli/newshub.dll migrate; if [ \"$NEWSHUB_IMPORT_SAMPLES\" = true ]; then dotnet cli/newshub.dll import samples --recursive || echo 'Some sample articles could not be imported; starting the site anyway.' >&2; fi; exec dotnet NewsHub.Web.dll"]
