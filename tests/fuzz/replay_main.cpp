// Replays a fuzz target's seed corpus without libFuzzer, so that the normal gcc build and the
// sanitizer build run every target's invariants on every seed, plus one generated 1 MB input.
// Usage: fuzz_replay_<target> <corpus directory>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"

namespace {

constexpr std::size_t kLargeInputBytes = 1024 * 1024;

void run(const std::string& input) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
}

// Long inputs are built here rather than checked in: `pattern` repeated up to 1 MB.
std::string large_input(std::string_view pattern) {
  std::string input;
  input.reserve(kLargeInputBytes);
  while (input.size() + pattern.size() <= kLargeInputBytes) {
    input += pattern;
  }
  return input;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s <corpus directory>\n", argv[0]);
    return 2;
  }
  std::vector<std::filesystem::path> seeds;
  for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
    if (entry.is_regular_file()) {
      seeds.push_back(entry.path());
    }
  }
  if (seeds.empty()) {
    std::fprintf(stderr, "no seeds in %s\n", argv[1]);
    return 1;
  }
  for (const auto& seed : seeds) {
    std::string bytes(std::filesystem::file_size(seed), '\0');
    std::ifstream(seed, std::ios::binary)
        .read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    run(bytes);
  }
  // Cyrillic words with a Latin look-alike, apostrophes, a dash and digits; then the same with
  // a stray continuation byte, so that both the valid-text and the rejecting paths see 1 MB.
  run(large_input("Мар'яна Лук’янчук-Iваненко 0671234567 "));
  run(large_input("Мар'яна Лук’янчук-Iваненко 0671234567 \x80 "));
  std::printf("replayed %zu seeds and 2 inputs of up to 1 MB\n", seeds.size());
  return 0;
}
