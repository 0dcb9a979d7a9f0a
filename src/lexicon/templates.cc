// Parser for template blocks ("phrase:", "lacks:", "codes:", "shows:", "instead:").
#include "lexicon/templates.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "lexicon/lexicon_file.h"

namespace notelint::lexicon {
namespace {

std::string Trim(std::string s) {
  s.erase(0, s.find_first_not_of(" \t\r"));
  s.erase(s.find_last_not_of(" \t\r") + 1);
  return s;
}

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::vector<std::string> Alternatives(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  for (std::string item; std::getline(ss, item, '|');) {
    item = Trim(item);
    for (char& c : item)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

}  // namespace

Result<TemplateSet> TemplateSet::Parse(std::string_view text, std::string_view origin) {
  TemplateSet set;
  std::istringstream in{std::string(text)};
  Template cur;
  int line_no = 0;
  auto flush = [&]() -> Status {
    if (cur.phrases.empty() && cur.shows.empty() && cur.instead.empty()) return Status::Ok();
    if (cur.phrases.empty()) return Status::DataError(cur.origin + ": template block without 'phrase:'");
    if (cur.shows.empty() || cur.instead.empty())
      return Status::DataError(cur.origin + ": template block needs 'shows:' and 'instead:'");
    set.templates_.push_back(std::move(cur));
    cur = Template{};
    return Status::Ok();
  };
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    line = Trim(line);
    if (!line.empty() && line[0] == '#') continue;
    if (line.empty()) {
      Status st = flush();
      if (!st.ok()) return st;
      continue;
    }
    std::string where = std::string(origin) + ":" + std::to_string(line_no);
    if (cur.origin.empty()) cur.origin = where;
    size_t colon = line.find(':');
    if (colon == std::string::npos) return Status::DataError(where + ": expected 'field: value'");
    std::string field = Trim(line.substr(0, colon)), value = Trim(line.substr(colon + 1));
    if (field == "phrase") {
      auto alts = Alternatives(value);
      cur.phrases.insert(cur.phrases.end(), alts.begin(), alts.end());
    } else if (field == "lacks") {
      cur.lacks = Words(value);
    } else if (field == "codes") {
      cur.codes = Words(value);
    } else if (field == "shows") {
      cur.shows = value;
    } else if (field == "instead") {
      cur.instead = value;
    } else {
      return Status::DataError(where + ": unknown field '" + field + "'");
    }
  }
  Status st = flush();
  if (!st.ok()) return st;
  st = set.Compile();
  if (!st.ok()) return st;
  return set;
}

Status TemplateSet::Compile() {
  auto m = PhraseMatcher::Compile(Phrases(), "templates");
  if (!m.ok()) return m.status();
  matcher_ = std::move(m.value());
  return Status::Ok();
}

std::vector<std::pair<std::string, int>> TemplateSet::Phrases() const {
  std::vector<std::pair<std::string, int>> phrases;
  for (size_t i = 0; i < templates_.size(); ++i)
    for (const std::string& p : templates_[i].phrases) phrases.emplace_back(p, static_cast<int>(i));
  return phrases;
}

Status TemplateSet::Merge(TemplateSet other) {
  for (Template& t : other.templates_) templates_.push_back(std::move(t));
  return Compile();
}

Result<TemplateSet> TemplateSet::Load(const std::vector<std::string>& dirs) {
  namespace fs = std::filesystem;
  TemplateSet all;
  for (const std::string& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return Status::NotFound("template directory not found: " + dir);
    std::vector<fs::path> paths;
    for (const auto& de : fs::directory_iterator(dir, ec))
      if (de.path().extension() == ".txt") paths.push_back(de.path());
    std::sort(paths.begin(), paths.end());
    for (const fs::path& p : paths) {
      std::string text;
      Status st = ReadFile(p.string(), text);
      if (!st.ok()) return st;
      auto part = Parse(text, p.string());
      if (!part.ok()) return part.status();
      for (Template& t : part.value().templates_) all.templates_.push_back(std::move(t));
    }
  }
  Status st = all.Compile();
  if (!st.ok()) return st;
  return all;
}

}  // namespace notelint::lexicon
