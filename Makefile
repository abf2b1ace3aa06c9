# Thin wrapper around CMake and CTest; every target installs what it needs.
#   make run            the console with 2 emulated card readers
#   make test           build and run every test (what CI runs)
#   make bench [B=name] run the benchmarks, or one of them
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)

.PHONY: all deps configure build run test bench screenshots translations format clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) > /dev/null

build: configure
	@cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
		echo "No display found: run this from a desktop session, or try 'xvfb-run make run'." >&2; fi
	$(BUILD_DIR)/bin/madoguchi --emulate 2

test: build
	cd $(BUILD_DIR) && ctest --label-exclude benchmark --output-on-failure --parallel $(JOBS)

bench: build
	BUILD_DIR=$(abspath $(BUILD_DIR)) tests/benchmarks/run.sh $(B)

screenshots: build
	@scripts/install-deps.sh screenshots
	BUILD_DIR=$(abspath $(BUILD_DIR)) scripts/screenshots.sh

translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

format:
	find devicelink readerstack app views translations tests -name '*.cpp' -o -name '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR)
