// Rules about the input and the billed codes themselves: input.invalid,
// codes.none, codes.unknown.
#include "rules/registry.h"

namespace notelint::rules {

void RegisterInputRules(Registry& r) {
  r.Add(Rule{"input.invalid", Severity::kError, "any",
             "the note could not be read as text (invalid UTF-8, NUL bytes, bad JSON line, unreadable file)",
             "notelint reads notes as UTF-8 text. A note with bytes that are not UTF-8 (often a Windows-1252 "
             "export: curly quotes, a superscript two in cm2), a NUL byte, a JSONL line that is not valid JSON, "
             "or a file that cannot be opened is reported with this rule and what was wrong and where; the run "
             "goes on with the next note.\n\nFix: save or export the note as UTF-8 plain text.",
             nullptr});
  r.Add(Rule{"codes.none", Severity::kInfo, "none billed",
             "no billed code was given or found; only code-independent rules ran",
             "Most rules judge a note against the codes billed for it. Give them with -c/--code "
             "(\"97597,97598x2\"), a JSONL \"codes\" field, or a charge line in the note (\"CPT: 97597\").",
             [](const RuleContext& ctx, Emitter& em) {
               if (!ctx.facts.billed.empty()) return;
               em.Report("",
                         "no billed code was given or found in the note; only code-independent rules ran "
                         "(give codes with -c, e.g. -c 97597,97598)");
             }});
  r.Add(Rule{"codes.unknown", Severity::kInfo, "any",
             "a billed code is not in the code book; no code-specific rule ran for it",
             "The code book (lexicons/codebook/codebook.txt) lists the wound-care and therapy codes notelint "
             "knows. A code outside it is often a typo (97579 for 97597). Check the code, or add it to the code "
             "book with its family.",
             [](const RuleContext& ctx, Emitter& em) {
               for (const CodeSpec& c : ctx.facts.billed) {
                 if (ctx.book.Find(c.code)) continue;
                 em.Report(c.code, c.code + " is not in the code book; no code-specific rule ran for it (typo?)",
                           ctx.facts.charge_line_at, ctx.facts.charge_line_at + 1);
               }
             }});
}

}  // namespace notelint::rules
