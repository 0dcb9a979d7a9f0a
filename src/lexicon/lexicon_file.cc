// Parser for the plain-text lexicon format described in lexicons/FORMAT.md.
#include "lexicon/lexicon_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace notelint::lexicon {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

// Splits on '|' outside of /regex/ phrases.
std::vector<std::string> SplitPhrases(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i <= s.size()) {
    std::string_view rest = Trim(s.substr(i));
    size_t consumed = s.size() - i - rest.size();
    i += consumed;
    if (rest.empty()) break;
    size_t end;
    if (rest.front() == '/') {
      // a regex runs to the next "/" followed by optional spaces and '|' or end
      size_t j = 1;
      end = std::string_view::npos;
      while (j < rest.size()) {
        if (rest[j] == '\\') {
          j += 2;
          continue;
        }
        if (rest[j] == '/') {
          std::string_view after = Trim(rest.substr(j + 1));
          if (after.empty() || after.front() == '|') {
            end = j + 1;
            break;
          }
        }
        ++j;
      }
      if (end == std::string_view::npos) end = rest.size();
    } else {
      end = rest.find('|');
      if (end == std::string_view::npos) end = rest.size();
    }
    std::string_view phrase = Trim(rest.substr(0, end));
    if (!phrase.empty()) out.push_back(phrase.front() == '/' ? std::string(phrase) : Lower(phrase));
    i += end;
    // skip the separator
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    if (i < s.size() && s[i] == '|') ++i;
  }
  return out;
}

}  // namespace

bool Entry::HasFlag(std::string_view f) const { return std::find(flags.begin(), flags.end(), f) != flags.end(); }

Result<LexiconFile> ParseLexicon(std::string_view category, std::string_view path, std::string_view text) {
  LexiconFile file;
  file.category = std::string(category);
  int line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = Trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (line.empty() || line.front() == '#') {
      if (nl >= text.size()) break;
      continue;
    }
    std::string origin = std::string(path) + ":" + std::to_string(line_no);
    // The key part ends at the first ':' that is not inside [flags].
    size_t colon = std::string_view::npos;
    bool in_flags = false;
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '[') in_flags = true;
      if (line[i] == ']') in_flags = false;
      if (line[i] == ':' && !in_flags) {
        colon = i;
        break;
      }
    }
    if (colon == std::string_view::npos)
      return Status::DataError(origin + ": expected 'key [flags] : phrase | phrase'");
    std::string_view head = Trim(line.substr(0, colon));
    Entry e;
    e.origin = origin;
    size_t lb = head.find('[');
    if (lb != std::string_view::npos) {
      size_t rb = head.find(']', lb);
      if (rb == std::string_view::npos) return Status::DataError(origin + ": unclosed '[' in flags");
      std::istringstream flags{std::string(head.substr(lb + 1, rb - lb - 1))};
      for (std::string f; flags >> f;) e.flags.push_back(Lower(f));
      head = Trim(head.substr(0, lb));
    }
    if (head.empty()) return Status::DataError(origin + ": empty key");
    e.key = Lower(head);
    e.phrases = SplitPhrases(line.substr(colon + 1));
    if (e.phrases.empty()) return Status::DataError(origin + ": no phrases after ':'");
    file.entries.push_back(std::move(e));
    if (nl >= text.size()) break;
  }
  return file;
}

Status ReadFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return Status::Ok();
}

}  // namespace notelint::lexicon
