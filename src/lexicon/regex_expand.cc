// A small recursive-descent reader for the regex subset that denotes a finite
// set of word sequences; anything else makes it give up (the phrase stays RE2).
#include "lexicon/regex_expand.h"

#include <algorithm>
#include <cctype>

namespace notelint::lexicon {
namespace {

using Variants = std::vector<std::string>;

class Expander {
 public:
  Expander(std::string_view rx, size_t max) : rx_(rx), max_(max) {}

  // Whole regex (without the leading \b, already checked by the caller).
  std::optional<Variants> Run() {
    Variants v = Alternation();
    if (!ok_ || pos_ != rx_.size()) return std::nullopt;
    return v;
  }
  bool star() const { return star_; }

 private:
  bool Fail() { return ok_ = false; }
  int Peek() const { return pos_ < rx_.size() ? static_cast<unsigned char>(rx_[pos_]) : -1; }

  Variants Alternation() {
    Variants out = Sequence();
    while (ok_ && Peek() == '|') {
      // At the top, `\b` would bind to the first branch only: leave it to RE2.
      if (depth_ == 0) {
        Fail();
        break;
      }
      ++pos_;
      Variants more = Sequence();
      out.insert(out.end(), more.begin(), more.end());
    }
    if (out.size() > max_) Fail();
    return out;
  }

  Variants Sequence() {
    Variants cur{""};
    while (ok_) {
      int c = Peek();
      if (c < 0 || c == '|' || c == ')') break;
      Variants atom;
      if (!Item(atom)) break;
      if (star_) {
        // `[a-z]*` / `\w*` only at the very end (optionally before the final \b).
        std::string_view rest = rx_.substr(pos_);
        if (!rest.empty() && rest != "\\b") {
          Fail();
          break;
        }
        pos_ = rx_.size();
        for (std::string& s : cur) s += '*';
        break;
      }
      Variants next;
      for (const std::string& a : cur)
        for (const std::string& b : atom) next.push_back(a + b);
      cur = std::move(next);
      if (cur.size() > max_) Fail();
    }
    return cur;
  }

  // One atom with its quantifier; false on failure or at a trailing star.
  bool Item(Variants& vals) {
    int c = Peek();
    if (c == '(') {
      if (rx_.substr(pos_, 3) == "(?:") {
        pos_ += 3;
      } else if (rx_.substr(pos_, 2) == "(?") {
        return Fail();
      } else {
        ++pos_;
      }
      ++depth_;
      vals = Alternation();
      --depth_;
      if (!ok_ || Peek() != ')') return Fail();
      ++pos_;
    } else if (c == '[') {
      size_t close = rx_.find(']', pos_ + 1);
      if (close == std::string_view::npos) return Fail();
      std::string_view body = rx_.substr(pos_ + 1, close - pos_ - 1);
      pos_ = close + 1;
      if (body == "-\\s" || body == "\\s-" || body == "- ") {  // hyphen or space, maybe nothing
        if (Peek() == '?') ++pos_;
        vals = {"-"};
        return true;
      }
      if (body == " \\t" || body == "\\t ") return Space(vals);
      if (body == "a-z" && Peek() == '*') {
        ++pos_;
        star_ = true;
        return true;
      }
      if (!ClassMembers(body, vals)) return Fail();
    } else if (c == '\\') {
      if (pos_ + 1 >= rx_.size()) return Fail();
      char e = rx_[pos_ + 1];
      pos_ += 2;
      if (e == 's') return Space(vals);
      if (e == 'w' && Peek() == '*') {
        ++pos_;
        star_ = true;
        return true;
      }
      if (std::string_view("./-'&#%").find(e) == std::string_view::npos) return Fail();
      vals = {std::string(1, e)};
    } else if (c < 0 || c >= 0x80 ||
               std::string_view(".^$*+{}?]").find(static_cast<char>(c)) != std::string_view::npos) {
      return Fail();
    } else {
      ++pos_;
      vals = {std::string(1, static_cast<char>(c))};
    }
    return Quantifier(vals);
  }

  // Whitespace: required once, or optional with `?` / `*`.
  bool Space(Variants& vals) {
    int q = Peek();
    if (q == '+') {
      ++pos_;
    } else if (q == '?' || q == '*') {
      ++pos_;
      vals = {" ", ""};
      return true;
    }
    vals = {" "};
    return true;
  }

  bool ClassMembers(std::string_view body, Variants& vals) {
    for (size_t i = 0; i < body.size();) {
      auto ok = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'); };
      if (!ok(body[i])) return false;
      if (i + 2 < body.size() && body[i + 1] == '-') {
        if (!ok(body[i + 2]) || body[i + 2] < body[i]) return false;
        for (char ch = body[i]; ch <= body[i + 2]; ++ch) vals.emplace_back(1, ch);
        i += 3;
      } else {
        vals.emplace_back(1, body[i]);
        ++i;
      }
    }
    return !vals.empty();
  }

  bool Quantifier(Variants& vals) {
    int q = Peek();
    if (q == '?') {
      ++pos_;
      vals.emplace_back();
    } else if (q == '{') {
      size_t close = rx_.find('}', pos_);
      if (close == std::string_view::npos) return Fail();
      std::string_view body = rx_.substr(pos_ + 1, close - pos_ - 1);
      size_t comma = body.find(',');
      if (comma == std::string_view::npos || comma == 0 || comma + 1 >= body.size()) return Fail();
      int lo = 0, hi = 0;
      for (char ch : body.substr(0, comma)) {
        if (!std::isdigit(static_cast<unsigned char>(ch))) return Fail();
        lo = lo * 10 + (ch - '0');
      }
      for (char ch : body.substr(comma + 1)) {
        if (!std::isdigit(static_cast<unsigned char>(ch))) return Fail();
        hi = hi * 10 + (ch - '0');
      }
      if (hi < lo || hi > 4) return Fail();
      pos_ = close + 1;
      Variants base = std::move(vals), out;
      Variants power{""};
      for (int k = 0; k <= hi; ++k) {
        if (k >= lo) out.insert(out.end(), power.begin(), power.end());
        Variants next;
        for (const std::string& a : power)
          for (const std::string& b : base) next.push_back(a + b);
        power = std::move(next);
        if (power.size() > max_) return Fail();
      }
      vals = std::move(out);
    } else if (q == '*' || q == '+') {
      return Fail();
    }
    return true;
  }

  std::string_view rx_;
  size_t max_;
  size_t pos_ = 0;
  int depth_ = 0;
  bool ok_ = true;
  bool star_ = false;
};

bool IsWordChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

}  // namespace

std::optional<std::vector<std::string>> ExpandRegexPhrase(std::string_view regex, size_t max_variants) {
  if (!regex.starts_with("\\b")) return std::nullopt;  // could match inside a word
  regex.remove_prefix(2);
  bool ends_on_boundary = regex.ends_with("\\b") && !regex.ends_with("\\\\b");
  if (ends_on_boundary) regex.remove_suffix(2);
  Expander ex(regex, max_variants);
  std::optional<Variants> raw = ex.Run();
  if (!raw) return std::nullopt;
  std::vector<std::string> out;
  for (const std::string& v : *raw) {
    std::string s;  // runs of spaces collapsed, trimmed
    for (char c : v) {
      if (c == ' ' && (s.empty() || s.back() == ' ')) continue;
      s.push_back(c);
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    if (s.empty() || s.front() == '-' || s.back() == '-') return std::nullopt;
    if (s.find("- ") != std::string::npos || s.find(" -") != std::string::npos) return std::nullopt;
    // Without a closing \b the regex may stop inside a word ("leg press" in
    // "leg pressure"); a plain phrase may not, so only a star or punctuation may end it.
    if (!ends_on_boundary && s.back() != '*' && IsWordChar(s.back())) return std::nullopt;
    if (!IsWordChar(s.front())) return std::nullopt;
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  }
  if (out.empty()) return std::nullopt;
  return out;
}

}  // namespace notelint::lexicon
