// Parsing of billed-code specs such as "97598x2", "97110-GP-59x3", "11042-XS".
#include "base/code_spec.h"

#include <algorithm>
#include <cctype>

namespace notelint {
namespace {

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

bool CodeSpec::HasModifier(std::string_view m) const {
  return std::find(modifiers.begin(), modifiers.end(), m) != modifiers.end();
}

Result<CodeSpec> ParseCodeSpec(std::string_view raw) {
  std::string s = Trim(raw);
  CodeSpec spec;
  size_t i = 0;
  while (i < s.size() && i < 5 && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
  // "97598x2": the units may be glued to the code
  if (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i])) && s[i] != 'x' && s[i] != 'X')
    return Status::Invalid("bad code spec '" + s + "': a code has five characters");
  spec.code = Upper(s.substr(0, i));
  if (spec.code.size() != 5) return Status::Invalid("bad code spec '" + s + "': a code has five characters");
  while (i < s.size()) {
    char c = s[i];
    if (c == '-') {
      size_t j = i + 1;
      while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) ++j;
      if (j == i + 1) return Status::Invalid("bad code spec '" + s + "': empty modifier");
      std::string mod = Upper(s.substr(i + 1, j - i - 1));
      // "97110-GP-59x3": a modifier glued to the units.
      size_t x = mod.find_first_of("X*");
      if (x != std::string::npos && x > 0 && x + 1 < mod.size() &&
          std::all_of(mod.begin() + x + 1, mod.end(), ::isdigit)) {
        spec.units = std::stoi(mod.substr(x + 1));
        mod = mod.substr(0, x);
      }
      spec.modifiers.push_back(mod);
      i = j;
    } else if (c == 'x' || c == 'X' || c == '*') {
      size_t j = i + 1;
      while (j < s.size() && s[j] == ' ') ++j;
      size_t k = j;
      while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) ++k;
      if (k == j || k - j > 3) return Status::Invalid("bad code spec '" + s + "': units must be a number");
      spec.units = std::stoi(s.substr(j, k - j));
      i = k;
    } else if (c == ' ') {
      ++i;
    } else if (c == '(') {
      size_t close = s.find(')', i);
      if (close == std::string::npos) return Status::Invalid("bad code spec '" + s + "': unclosed '('");
      std::string inner = Trim(std::string_view(s).substr(i + 1, close - i - 1));
      if (!inner.empty()) spec.modifiers.push_back(Upper(inner));
      i = close + 1;
    } else {
      return Status::Invalid("bad code spec '" + s + "': unexpected '" + std::string(1, c) + "'");
    }
  }
  if (spec.units < 1) return Status::Invalid("bad code spec '" + s + "': units must be at least 1");
  return spec;
}

Result<std::vector<CodeSpec>> ParseCodeList(std::string_view list) {
  std::vector<CodeSpec> out;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string item = Trim(list.substr(start, comma - start));
    if (!item.empty()) {
      auto spec = ParseCodeSpec(item);
      if (!spec.ok()) return spec.status();
      out.push_back(spec.value());
    }
    start = comma + 1;
  }
  return out;
}

std::vector<CodeSpec> MergeCodeSpecs(const std::vector<CodeSpec>& specs) {
  std::vector<CodeSpec> out;
  for (const CodeSpec& s : specs) {
    auto it = std::find_if(out.begin(), out.end(), [&](const CodeSpec& o) { return o.code == s.code; });
    if (it == out.end()) {
      out.push_back(s);
      continue;
    }
    it->units += s.units;
    for (const auto& m : s.modifiers)
      if (!it->HasModifier(m)) it->modifiers.push_back(m);
  }
  return out;
}

}  // namespace notelint
