// Therapy facts: minutes per timed code, totals, and what the services look like.
#include "facts/note_facts.h"

namespace notelint::facts {

void AssembleTherapy(const detect::Analysis& a, const lexicon::CodeBook& book, NoteFacts& f) {
  (void)a;
  (void)book;
  (void)f;
}

}  // namespace notelint::facts
