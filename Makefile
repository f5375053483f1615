# squatwatch: two commands are the whole set-up on a fresh Debian or Ubuntu machine.
#   make audit   audit the embedded sample mirror in data/
#   make test    run the test suite
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := pkg-config libcurl4-openssl-dev libxml2-dev zlib1g-dev libssl-dev libsqlite3-dev libcjson-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SAMPLE_MIRROR := data/sample-mirror
AUDIT_CACHE := .build/audit-cache
BENCH_PROJECTS ?= 100000
BENCH_CONCURRENCY ?= 8
BENCH_ROUNDS ?= 3
LISTING_PROJECTS ?= 1000000
EVAL_PROJECTS ?= 5000
# The download-ranked list the names-only evaluation reads at run time (never shipped or needed by anything else).
NAMES_EVAL_CSV ?= ../shared/data/top-pypi-packages-2025-07.csv
VENV := .build/venv
INTEROP_PIP := pypiserver==2.4.2 devpi-server==6.20.3
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := FuzzHTMLIndex FuzzJSONPage FuzzZipDirectory FuzzTar FuzzEntryPoints FuzzMetadata

.PHONY: all deps test-deps interop-deps build release lint test audit bench eval fuzz sample-mirror clean

all: build

# Install the C libraries when pkg-config cannot find them.
deps:
	@if ! pkg-config --exists libcurl libxml-2.0 zlib libcrypto sqlite3 libcjson 2>/dev/null; then \
	  echo "installing system packages: $(APT_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES); \
	fi

# Real index servers for Tests/SquatwatchKitTests/Interop: nginx from Debian, pypiserver and devpi-server from PyPI.
interop-deps:
	@{ command -v nginx || [ -x /usr/sbin/nginx ]; } >/dev/null && python3 -c 'import venv, ensurepip' 2>/dev/null || { \
	  echo "installing system packages: nginx-light python3-venv"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nginx-light python3-venv; }
	@[ -x $(VENV)/bin/pip ] || python3 -m venv $(VENV)
	@[ -x $(VENV)/bin/pypi-server ] && [ -x $(VENV)/bin/devpi-server ] || { \
	  echo "installing into $(VENV): $(INTEROP_PIP)"; $(VENV)/bin/pip install -q $(INTEROP_PIP); }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product squatwatch

# What the tests need beyond Swift: a venv with jsonschema (SARIF schema checks) and Debian's headless chromium.
test-deps:
	@[ -x $(VENV)/bin/python ] || python3 -m venv $(VENV) 2>/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-venv && python3 -m venv $(VENV); }
	@$(VENV)/bin/python -c 'import jsonschema' 2>/dev/null || $(VENV)/bin/pip install -q jsonschema
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }

# The style the code keeps (.swift-format); `swift format format -i -r Sources Tests` fixes most of what it reports.
lint:
	$(SWIFT) format lint --strict --configuration .swift-format --recursive Sources Tests

test: deps test-deps interop-deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Exit status 1 means "findings": that is the demo working, not a failure.
audit: release
	.build/release/squatwatch audit --mirror-dir $(SAMPLE_MIRROR) --cache-dir $(AUDIT_CACHE) || [ $$? -eq 1 ]

# Crawl, inspection, listing and check benchmarks against nginx on 127.0.0.1 (figures go to bench-out/ and the
# README). The inspection benchmark downloads its real wheels once with pip (from the venv) into .build/real-wheels.
bench: deps
	@command -v nginx >/dev/null && [ -x /usr/bin/time ] && python3 -c 'import venv, ensurepip' 2>/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nginx-light time curl python3 python3-venv; }
	@[ -x $(VENV)/bin/pip ] || python3 -m venv $(VENV)
	$(SWIFT) build -c release --product squatwatch
	$(SWIFT) build -c release --product squatwatch-fixtures
	bench/crawl-bench.sh $(BENCH_PROJECTS) $(BENCH_CONCURRENCY) $(BENCH_ROUNDS)
	PIP=$(VENV)/bin/pip bench/inspect-bench.sh
	bench/listing-bench.sh $(LISTING_PROJECTS)
	bench/check-bench.sh

# Quality evaluation on a generated, labelled registry, then names alone against GuardDog 3 installed from PyPI
# into .build/guarddog-venv (figures go to eval-out/ and the README).
eval: deps
	@[ -x /usr/bin/time ] && command -v python3 >/dev/null && python3 -c 'import venv, ensurepip' 2>/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq time python3 python3-venv; }
	$(SWIFT) build -c release --product squatwatch
	$(SWIFT) build -c release --product squatwatch-fixtures
	bench/eval.sh $(EVAL_PROJECTS)
	bench/names-eval.sh $(NAMES_EVAL_CSV)

# libFuzzer over the parsers of hostile input, FUZZ_SECONDS each (default 60). The fuzz targets exist only when
# SQUATWATCH_FUZZ=1 and build in their own folder, so `make build` and `make test` never compile them.
fuzz: deps
	@command -v python3 >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3; }
	for target in $(FUZZ_TARGETS); do \
	  SQUATWATCH_FUZZ=1 $(SWIFT) build -c release --sanitize=fuzzer --build-path .build/fuzz --product $$target || exit 1; \
	done
	FUZZ_SECONDS=$(FUZZ_SECONDS) Fuzz/run.sh

# Regenerate the committed sample mirror with the project's own fixture generator.
sample-mirror: deps
	$(SWIFT) run -c release squatwatch-fixtures sample --output $(SAMPLE_MIRROR)

clean:
	rm -rf .build
