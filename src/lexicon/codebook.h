// CodeBook: the billing facts per code (families, ladders, NPWT classes, pairs),
// loaded from lexicons/codebook/codebook.txt.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "lexicon/token_hash.h"

namespace notelint::lexicon {

struct CodeInfo {
  std::string code;
  std::string family;      // SEL, NONSEL, SURG, NPWT, COMP, TIMED, GROUP, UNTIMED
  std::string kind;        // area, session, npwt, timed, untimed
  std::string role;        // primary, addon or ""
  std::string primary;     // for add-ons
  std::string ladder;      // codes on one area ladder share it
  std::string depth;       // SURG: the removal depth the code pays for
  std::string npwt_class;  // durable / disposable
  std::string npwt_size;   // small / large
  std::string description;
};

struct CodePair {
  std::vector<std::string> a, b;  // family names or codes
  bool modifier_allowed = true;
  std::string note;
};

class CodeBook {
 public:
  static Result<CodeBook> Load(const std::string& path);
  static Result<CodeBook> Parse(std::string_view text, std::string_view origin);

  const CodeInfo* Find(std::string_view code) const;
  // True when `code` belongs to `group`: a family, a union family, or the code itself.
  bool InGroup(std::string_view code, std::string_view group) const;
  const std::vector<CodeInfo>& codes() const { return codes_; }
  const std::vector<CodePair>& pairs() const { return pairs_; }
  // Codes of a group, in code-book order.
  std::vector<std::string> Expand(std::string_view group) const;

 private:
  bool InGroupSlow(std::string_view code, std::string_view group) const;
  void BuildIndex();                             // the lookups below, once after parsing
  int32_t IndexOf(std::string_view code) const;  // codes_ index, or -1

  std::vector<CodeInfo> codes_;
  FlatIndex code_hash_;                                        // code hash -> codes_ index (first of a code)
  std::vector<std::set<std::string, std::less<>>> groups_of_;  // every group each code is in
  // The same as bits, for the per-note questions (rules ask thousands per
  // batch): group hash -> bit; each code's group bits. More than 64 groups
  // fall back to groups_of_.
  FlatIndex group_bit_;
  std::vector<uint64_t> group_bits_;
  bool groups_in_bits_ = false;
  std::map<std::string, std::vector<std::string>, std::less<>> unions_;
  std::vector<CodePair> pairs_;
};

}  // namespace notelint::lexicon
