// SourceText: the original note text with code-point <-> byte <-> line/column maps.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace notelint {

struct LineCol {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, in code points
};

// Precondition: `text` is valid UTF-8 (checked by text::CheckUtf8 first).
class SourceText {
 public:
  explicit SourceText(std::string text);

  const std::string& bytes() const { return text_; }
  int32_t size_cp() const;
  int32_t ByteOfCp(int32_t cp) const;  // cp in [0, size_cp()]
  LineCol Position(int32_t cp) const;  // position of code point `cp`
  int line_count() const { return static_cast<int>(line_start_cp_.size()); }
  // The text of a 1-based line without its line break (and without a CR).
  std::string_view LineText(int line) const;

 private:
  std::string text_;
  bool ascii_ = true;                   // every code point one byte: cp_byte_ stays empty
  std::vector<int32_t> cp_byte_;        // byte offset of each code point, plus end
  std::vector<int32_t> line_start_cp_;  // code point index where each line starts
};

}  // namespace notelint
