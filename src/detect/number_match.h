// NextNumberMatch: the next match of an RE2 pattern that always begins with a
// number, found by trying the pattern anchored only where a number starts
// instead of running it unanchored over every byte of a note.
#pragma once

#include <re2/re2.h>

#include <string_view>

namespace notelint::detect {

// re.Match(text, s, text.size(), ANCHOR_START, cap, n), cheaply: asked for
// groups on a short text, RE2 skips its DFA and runs its backtracker from `s`
// to the text's end (zeroing a bitmap of that size on every call); here the DFA
// finds the match's end first and the groups are read within the match only.
inline bool MatchAt(const re2::RE2& re, std::string_view text, size_t s, re2::StringPiece* cap, int n) {
  if (!re.Match(text, s, text.size(), re2::RE2::ANCHOR_START, cap, 1)) return false;
  if (n <= 1) return true;
  size_t e = static_cast<size_t>(cap[0].data() - text.data()) + cap[0].size();
  return re.Match(text, s, e, re2::RE2::ANCHOR_BOTH, cap, n);
}

// Patterns of the form `(?:^|[^<guard>])<number>...`: the match starts at the
// text's first byte or at the code point just before a number. `guard_ok(c)`
// says whether the ASCII byte `c` may precede the number (a non-ASCII code
// point always may, as RE2's `[^\w...]` takes it); `dot_starts` lets a number
// start with ".5"; `shape(text, d, end)` is a cheap necessary condition on what
// follows the number [d, end) (its digits and dots). The guard must refuse
// digits and '.', so that no number starts inside another. Returns the same match
// as re.Match(text, pos, text.size(), UNANCHORED, cap, n).
template <typename GuardOk, typename Shape>
bool NextNumberMatch(const re2::RE2& re, std::string_view text, size_t pos, re2::StringPiece* cap, int n,
                     bool dot_starts, GuardOk guard_ok, Shape shape) {
  const char* p = text.data();
  const size_t size = text.size();
  auto digit = [&](size_t i) { return i < size && static_cast<unsigned char>(p[i] - '0') <= 9; };
  for (size_t d = pos; d < size; ++d) {
    if (static_cast<unsigned char>(p[d] - '0') > 9) {  // most bytes: one compare
      if (!dot_starts || p[d] != '.' || !digit(d + 1)) continue;
    }
    size_t s = d;
    if (d > 0) {
      unsigned char before = static_cast<unsigned char>(p[d - 1]);
      if (before < 0x80 && !guard_ok(static_cast<char>(before))) continue;
      s = d - 1;
      while (s > 0 && (static_cast<unsigned char>(p[s]) & 0xC0) == 0x80) --s;  // the code point's first byte
      if (s < pos) continue;
    }
    size_t end = d;
    while (end < size && (digit(end) || p[end] == '.')) ++end;
    if (shape(text, d, end) && MatchAt(re, text, s, cap, n)) return true;
    d = end - 1;  // no number starts inside this one
  }
  return false;
}

// RE2's `\w` (ASCII only), for writing guards.
inline bool IsRe2WordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// RE2's `\s`: space, tab, newline, form feed, carriage return.
inline size_t SkipSpace(std::string_view text, size_t i) {
  while (i < text.size() &&
         (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\f' || text[i] == '\r'))
    ++i;
  return i;
}

}  // namespace notelint::detect
