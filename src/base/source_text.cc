// Offset tables for the original note text.
#include "base/source_text.h"

#include <algorithm>

namespace notelint {

SourceText::SourceText(std::string text) : text_(std::move(text)) {
  line_start_cp_.push_back(0);
  ascii_ = std::none_of(text_.begin(), text_.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  if (ascii_) {  // most notes: code points are bytes, no table needed
    for (size_t i = text_.find('\n'); i != std::string::npos; i = text_.find('\n', i + 1))
      line_start_cp_.push_back(static_cast<int32_t>(i + 1));
    return;
  }
  cp_byte_.reserve(text_.size() + 1);
  for (size_t i = 0; i < text_.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text_[i]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    cp_byte_.push_back(static_cast<int32_t>(i));
    if (c == '\n') line_start_cp_.push_back(static_cast<int32_t>(cp_byte_.size()));
  }
  cp_byte_.push_back(static_cast<int32_t>(text_.size()));
}

int32_t SourceText::size_cp() const {
  return ascii_ ? static_cast<int32_t>(text_.size()) : static_cast<int32_t>(cp_byte_.size()) - 1;
}

int32_t SourceText::ByteOfCp(int32_t cp) const {
  cp = std::clamp<int32_t>(cp, 0, size_cp());
  return ascii_ ? cp : cp_byte_[cp];
}

LineCol SourceText::Position(int32_t cp) const {
  cp = std::clamp<int32_t>(cp, 0, size_cp());
  auto it = std::upper_bound(line_start_cp_.begin(), line_start_cp_.end(), cp);
  int line = static_cast<int>(it - line_start_cp_.begin());
  return LineCol{line, cp - line_start_cp_[line - 1] + 1};
}

std::string_view SourceText::LineText(int line) const {
  if (line < 1 || line > line_count()) return {};
  int32_t b = ByteOfCp(line_start_cp_[line - 1]);
  int32_t e = line < line_count() ? ByteOfCp(line_start_cp_[line]) : static_cast<int32_t>(text_.size());
  std::string_view v(text_.data() + b, e - b);
  while (!v.empty() && (v.back() == '\n' || v.back() == '\r')) v.remove_suffix(1);
  return v;
}

}  // namespace notelint
