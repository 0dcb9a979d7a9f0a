// Loading, merging and compiling lexicon categories.
#include "lexicon/lexicon_set.h"

#include <algorithm>
#include <filesystem>

namespace notelint::lexicon {

namespace fs = std::filesystem;

Result<LexiconSet> LexiconSet::Load(const std::vector<std::string>& dirs) {
  std::vector<LexiconFile> files;
  for (const std::string& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return Status::NotFound("lexicon directory not found: " + dir);
    std::vector<fs::path> paths;
    for (const auto& de : fs::directory_iterator(dir, ec))
      if (de.path().extension() == ".txt") paths.push_back(de.path());
    if (ec) return Status::IoError("cannot list " + dir + ": " + ec.message());
    std::sort(paths.begin(), paths.end());
    for (const fs::path& p : paths) {
      std::string text;
      Status st = ReadFile(p.string(), text);
      if (!st.ok()) return st;
      auto file = ParseLexicon(p.stem().string(), p.string(), text);
      if (!file.ok()) return file.status();
      files.push_back(std::move(file.value()));
    }
  }
  return FromFiles(std::move(files));
}

Result<LexiconSet> LexiconSet::FromFiles(std::vector<LexiconFile> files) {
  LexiconSet set;
  for (LexiconFile& f : files) {
    Category& cat = set.categories_[f.category];
    cat.name = f.category;
    for (Entry& e : f.entries) {
      auto it = std::find_if(cat.entries.begin(), cat.entries.end(),
                             [&](const Entry& o) { return o.key == e.key && o.flags == e.flags; });
      if (it != cat.entries.end()) {
        it->phrases.insert(it->phrases.end(), e.phrases.begin(), e.phrases.end());
      } else {
        cat.entries.push_back(std::move(e));
      }
    }
  }
  for (auto& [name, cat] : set.categories_) {
    std::vector<std::pair<std::string, int>> phrases;
    for (size_t i = 0; i < cat.entries.size(); ++i)
      for (const std::string& p : cat.entries[i].phrases) phrases.emplace_back(p, static_cast<int>(i));
    auto m = PhraseMatcher::Compile(phrases, "lexicon '" + name + "'");
    if (!m.ok()) return m.status();
    cat.matcher = std::move(m.value());
  }
  return set;
}

const Category& LexiconSet::Get(std::string_view name) const {
  static const Category kEmpty;
  auto it = categories_.find(name);
  return it == categories_.end() ? kEmpty : it->second;
}

}  // namespace notelint::lexicon
