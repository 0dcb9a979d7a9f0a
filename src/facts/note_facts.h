// NoteFacts: what one note documents for today's visit (wounds, debridement,
// NPWT, minutes ...), assembled from the detect stage's mentions.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/code_spec.h"
#include "detect/mentions.h"
#include "lexicon/codebook.h"

namespace notelint::facts {

struct Wound {
  std::string location;                   // as written, normalized ("right lateral malleolus")
  std::string site_key;                   // lexicon key ("malleolus")
  std::optional<std::string> laterality;  // left / right / bilateral
  bool specific = false, paired = false, midline = false;
  double length_cm = -1, width_cm = -1, depth_cm = -1, area_cm2 = -1;
  int measurement_count = 0;
  bool post_measured = false;  // a size after debridement (or "unchanged")
  bool treated = false;        // debrided, cleansed, dressed or under NPWT
  bool debrided = false;
  bool npwt = false;
  std::optional<std::string> removal_depth;
  bool selective_method = false, nonselective_method = false;
  int32_t first_mention = 0;      // normalized byte
  std::vector<int32_t> mentions;  // every site mention (normalized bytes)
};

struct Located {
  std::string key;
  int32_t begin = 0, end = 0;  // normalized bytes of the first current mention
};

struct TherapyFacts {
  std::optional<int> total_minutes;              // total treatment time when stated
  std::optional<int> timed_minutes;              // stated timed total, else the sum when every service has minutes
  std::map<std::string, int> by_code;            // minutes attributed to a code
  std::map<std::string, int32_t> service_at;     // code -> normalized byte of its documentation
  std::vector<std::string> services_documented;  // codes whose service is documented today
  int untimed_minutes = 0;
  bool any_minutes = false;
  bool any_timed_minutes = false;
  bool timed_total_stated = false, treatment_total_stated = false;
  bool exercise_params = false, skill = false, goal = false, adl = false, capacity = false;
  bool group = false, one_on_one = false;
  bool gait_detail = false;
  bool only_hep = false;
};

enum class CodeSource { kNone, kCommandLine, kRecord, kChargeLine };

struct NoteFacts {
  const detect::Analysis* analysis = nullptr;

  std::vector<CodeSpec> billed;
  CodeSource code_source = CodeSource::kNone;
  int32_t charge_line_at = -1;

  std::vector<Wound> wounds;
  std::optional<double> total_area_cm2;
  std::optional<double> stated_total_area;  // "Total area debrided: 20.0 sq cm"

  std::vector<Located> tissue_seen, tissue_removed, instruments, methods, necessity;
  std::optional<std::string> removal_depth;
  int32_t removal_depth_at = -1;
  std::vector<Located> removal_depths;  // every depth removed today, in text order

  // Debridement today.
  bool debridement_act = false;          // a debridement (or removal of tissue) documented today
  int32_t debridement_at = -1;           // its first mention
  bool wound_care_only_signals = false;  // cleansing / dressing / "wound care" today
  int32_t wound_care_at = -1;
  bool selective_method = false, nonselective_method = false;

  // NPWT today.
  bool npwt_act = false;
  int32_t npwt_at = -1;
  bool npwt_pressure = false, npwt_mode = false;
  bool npwt_durable = false, npwt_disposable = false;

  // Assessment elements documented (present or absent).
  bool bed = false, drainage = false, periwound = false, odor = false, infection = false;

  TherapyFacts therapy;

  bool Billed(std::string_view code) const;
  bool BilledIn(const lexicon::CodeBook& book, std::string_view group) const;
  const CodeSpec* Find(std::string_view code) const;
  bool HasKey(const std::vector<Located>& list, std::string_view key) const;
};

struct BuildOptions {
  std::vector<CodeSpec> codes;  // given codes (command line or record)
  CodeSource given_source = CodeSource::kNone;
};

// Assembles the facts of an analysed note; `analysis` must outlive the result.
NoteFacts BuildFacts(const detect::Analysis& analysis, const lexicon::CodeBook& book, const BuildOptions& options);

// Stage pieces, one file each.
void AssembleWounds(const detect::Analysis& a, NoteFacts& f);
void AssembleDebridement(const detect::Analysis& a, NoteFacts& f);
void AssembleTherapy(const detect::Analysis& a, const lexicon::CodeBook& book, NoteFacts& f);

// Depth order (epidermis=0 ... bone=5), -1 for unknown keys.
int DepthRank(std::string_view depth);

}  // namespace notelint::facts
