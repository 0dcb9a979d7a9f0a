// Parser for the code book data file.
#include "lexicon/codebook.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "lexicon/lexicon_file.h"

namespace notelint::lexicon {
namespace {

std::vector<std::string> SplitComma(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  for (std::string item; std::getline(ss, item, ',');)
    if (!item.empty()) out.push_back(item);
  return out;
}

}  // namespace

Result<CodeBook> CodeBook::Load(const std::string& path) {
  std::string text;
  Status st = ReadFile(path, text);
  if (!st.ok()) return st;
  return Parse(text, path);
}

Result<CodeBook> CodeBook::Parse(std::string_view text, std::string_view origin) {
  CodeBook book;
  std::istringstream in{std::string(text)};
  int line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    std::string where = std::string(origin) + ":" + std::to_string(line_no);
    std::string desc;
    if (size_t semi = line.find(';'); semi != std::string::npos) {
      desc = line.substr(semi + 1);
      line.resize(semi);
      desc.erase(0, desc.find_first_not_of(' '));
    }
    std::istringstream words(line);
    std::string verb;
    if (!(words >> verb) || verb[0] == '#') continue;
    if (verb == "code") {
      CodeInfo c;
      words >> c.code;
      c.description = desc;
      for (std::string kv; words >> kv;) {
        size_t eq = kv.find('=');
        if (eq == std::string::npos) return Status::DataError(where + ": expected key=value, got '" + kv + "'");
        std::string k = kv.substr(0, eq), v = kv.substr(eq + 1);
        if (k == "family")
          c.family = v;
        else if (k == "kind")
          c.kind = v;
        else if (k == "role")
          c.role = v;
        else if (k == "primary")
          c.primary = v;
        else if (k == "ladder")
          c.ladder = v;
        else if (k == "depth")
          c.depth = v;
        else if (k == "class")
          c.npwt_class = v;
        else if (k == "size")
          c.npwt_size = v;
        else
          return Status::DataError(where + ": unknown key '" + k + "'");
      }
      if (c.code.size() != 5 || c.family.empty() || c.kind.empty())
        return Status::DataError(where + ": a code needs five characters, family= and kind=");
      book.codes_.push_back(c);
    } else if (verb == "family") {
      std::string name, eq;
      words >> name >> eq;
      if (eq != "=") return Status::DataError(where + ": expected 'family NAME = A B ...'");
      for (std::string m; words >> m;) book.unions_[name].push_back(m);
    } else if (verb == "pair") {
      CodePair p;
      std::string a, b, mod;
      words >> a >> b >> mod;
      if (mod != "mod=yes" && mod != "mod=no") return Status::DataError(where + ": expected 'pair A B mod=yes|no'");
      p.a = SplitComma(a);
      p.b = SplitComma(b);
      p.modifier_allowed = mod == "mod=yes";
      p.note = desc;
      book.pairs_.push_back(p);
    } else {
      return Status::DataError(where + ": unknown line kind '" + verb + "'");
    }
  }
  book.BuildIndex();
  return book;
}

int32_t CodeBook::IndexOf(std::string_view code) const {
  int32_t i = code_hash_.Find(HashToken(code));
  return i >= 0 && codes_[i].code == code ? i : -1;
}

const CodeInfo* CodeBook::Find(std::string_view code) const {
  int32_t i = IndexOf(code);
  return i < 0 ? nullptr : &codes_[i];
}

bool CodeBook::InGroup(std::string_view code, std::string_view group) const {
  if (code == group) return true;
  int32_t ci = IndexOf(code);
  if (ci < 0) return InGroupSlow(code, group);
  if (int32_t bit = group_bit_.Find(HashToken(group)); bit >= 0) return group_bits_[ci] >> bit & 1;
  if (groups_in_bits_) return false;  // every group has a bit: `group` is none
  return groups_of_[ci].count(group) > 0;
}

bool CodeBook::InGroupSlow(std::string_view code, std::string_view group) const {
  if (code == group) return true;
  const CodeInfo* c = Find(code);  // code_hash_ is built before any group is computed
  if (c && c->family == group) return true;
  auto it = unions_.find(group);
  if (it == unions_.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(), [&](const std::string& g) { return InGroupSlow(code, g); });
}

void CodeBook::BuildIndex() {
  code_hash_ = FlatIndex();
  for (size_t i = 0; i < codes_.size(); ++i) code_hash_.Insert(HashToken(codes_[i].code), static_cast<int32_t>(i));
  groups_of_.assign(codes_.size(), {});
  std::set<std::string, std::less<>> groups;
  for (const CodeInfo& c : codes_) groups.insert(c.family);
  for (const auto& [name, members] : unions_) groups.insert(name);
  for (size_t i = 0; i < codes_.size(); ++i)
    for (const std::string& g : groups)
      if (InGroupSlow(codes_[i].code, g)) groups_of_[i].insert(g);
  group_bit_ = FlatIndex();
  group_bits_.assign(codes_.size(), 0);
  groups_in_bits_ = groups.size() <= 64;
  if (groups.size() > 64) return;
  int bit = 0;
  for (const std::string& g : groups) {
    group_bit_.Insert(HashToken(g), bit);
    for (size_t i = 0; i < codes_.size(); ++i)
      if (groups_of_[i].count(g)) group_bits_[i] |= uint64_t{1} << bit;
    ++bit;
  }
}

std::vector<std::string> CodeBook::Expand(std::string_view group) const {
  std::vector<std::string> out;
  for (const CodeInfo& c : codes_)
    if (InGroup(c.code, group)) out.push_back(c.code);
  return out;
}

}  // namespace notelint::lexicon
