# Thin wrapper over CMake + CTest: `make run` and `make test` are the README's two commands.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
CMAKE_FLAGS ?=

.PHONY: all deps configure build run test bench faults fuzz format clean

all: build

deps:
	@bash .ci/install-deps

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR)

run: build
	$(BUILD_DIR)/app/campagna --demo

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure --timeout 600

# The benchmark (tests/bench/): S and M on SQLite and a private PostgreSQL;
# `make bench SIZE=L` for the large size. Not part of `make test`.
SIZE ?= S M
bench: build
	tests/bench/run-bench.sh $(BUILD_DIR) $(SIZE)

# The fault suite alone, N crashes per workflow and backend (default 20).
N ?= 20
faults: build
	cd $(BUILD_DIR) && CAMPAGNA_FAULTS_N=$(N) ctest --output-on-failure --timeout 14400 -R '^faults$$'

# The libFuzzer harnesses, SECONDS each (default 300).
SECONDS ?= 300
fuzz:
	tests/fuzz/run-fuzzers.sh $(SECONDS) $(BUILD_DIR)/fuzz

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD_DIR)
