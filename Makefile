# squatwatch: two commands are the whole set-up on a fresh Debian or Ubuntu machine.
#   make audit   audit the embedded sample mirror in data/
#   make test    run the test suite
#   make unit    run the unit tests alone, in seconds
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
# full or small: the size of the real-data registry and of the nightly replay in `make eval`.
EVAL_SIZE ?= full
VENV := .build/venv
INTEROP_PIP := pypiserver==2.4.2 devpi-server==6.20.3
# The newest bandersnatch that Debian 12's Python 3.11 runs (7.0 and later need Python 3.12).
BANDERSNATCH_PIP := bandersnatch==6.8.0
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := FuzzHTMLIndex FuzzJSONPage FuzzZipDirectory FuzzTar FuzzEntryPoints FuzzMetadata

.PHONY: all deps test-deps interop-deps build release lint test unit audit bench eval fuzz sample-mirror clean

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

# What the tests need beyond Swift: a venv with jsonschema (SARIF schema checks) and bandersnatch (its own config and
# filter plugins read the --format bandersnatch fragment), and Debian's headless chromium.
test-deps:
	@[ -x $(VENV)/bin/python ] || python3 -m venv $(VENV) 2>/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-venv && python3 -m venv $(VENV); }
	@$(VENV)/bin/python -c 'import jsonschema' 2>/dev/null || $(VENV)/bin/pip install -q jsonschema
	@$(VENV)/bin/python -c 'import bandersnatch' 2>/dev/null || $(VENV)/bin/pip install -q $(BANDERSNATCH_PIP)
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }

# The style the code keeps (.swift-format); `swift format format -i -r Sources Tests` fixes most of what it reports.
lint:
	$(SWIFT) format lint --strict --configuration .swift-format --recursive Sources Tests

test: deps test-deps interop-deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The unit tests alone: every test without a tag of Tests/SquatwatchKitTests/Tag+Squatwatch.swift (server, process,
# slow). swift test selects by name only, so Tests/tagged-tests.py turns the tags into a --skip regex.
UNIT_SKIP_TAGS := server process slow
unit: deps
	@command -v python3 >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3; }
	$(SWIFT) build --build-tests
	skip="$$(python3 Tests/tagged-tests.py "$$($(SWIFT) build --show-bin-path)/squatwatchPackageTests.xctest" $(UNIT_SKIP_TAGS))" && \
	  $(SWIFT) test --skip-build --skip "$$skip"

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
	bench/upstream-bench.sh

# Quality evaluation (figures go to eval-out/ and the README): the generated, labelled registry (from disk and as an
# HTML-only index); names alone against GuardDog 3 (installed from PyPI into .build/guarddog-venv), on planted typos
# and on the real names of ../shared/data/real-world; a registry built from real malicious metadata, served by nginx;
# and a nightly replay through a campaign. EVAL_SIZE=small runs smaller real-data registries.
eval: deps
	@[ -x /usr/bin/time ] && command -v nginx >/dev/null && command -v curl >/dev/null && command -v python3 >/dev/null && python3 -c 'import venv, ensurepip' 2>/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq time nginx-light curl python3 python3-venv; }
	$(SWIFT) build -c release --product squatwatch
	$(SWIFT) build -c release --product squatwatch-fixtures
	bench/eval.sh $(EVAL_PROJECTS)
	bench/names-eval.sh $(NAMES_EVAL_CSV)
	NAMES_EVAL_CSV=$(NAMES_EVAL_CSV) bench/real-names-eval.sh
	NAMES_EVAL_CSV=$(NAMES_EVAL_CSV) bench/real-registry-eval.sh $(EVAL_SIZE)
	NAMES_EVAL_CSV=$(NAMES_EVAL_CSV) bench/replay-eval.sh $(EVAL_SIZE)

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
