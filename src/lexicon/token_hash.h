// Token hashing for the scanner's n-gram pass: a 64-bit hash per token, a
// chained hash per n-gram, and a flat open-addressing table from those hashes
// to small integers. No strings are built or compared while scanning; with
// 64-bit keys and a few thousand phrases a false hit is vanishingly unlikely.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace notelint::lexicon {

inline uint64_t Mix64(uint64_t x) {  // splitmix64 finalizer
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// FNV-1a over the bytes, then mixed; in steps for hashing while tokenizing.
constexpr uint64_t kHashSeed = 0xcbf29ce484222325ULL;
inline uint64_t HashByte(uint64_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL; }

inline uint64_t HashToken(std::string_view t) {
  uint64_t h = kHashSeed;
  for (char c : t) h = HashByte(h, c);
  return Mix64(h);
}

// The key of the n-gram `prev` followed by a token hashed `next`.
inline uint64_t ChainHash(uint64_t prev, uint64_t next) { return Mix64(prev * 0x9e3779b97f4a7c15ULL + next); }

// uint64 key -> int32 value; 0 is reserved as "empty" (keys are remapped). An
// 8 KiB bitmap of the keys' top bits answers most misses without touching the
// table (a scanner looks up every token of a note; most start no phrase).
class FlatIndex {
 public:
  // Returns the value for `key`, or -1.
  int32_t Find(uint64_t key) const {
    if (!MaybeHas(key)) return -1;
    key = key ? key : 1;
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key == key) return s.value;
      if (s.key == 0) return -1;
    }
  }
  // Inserts or returns the existing value's slot.
  int32_t& Insert(uint64_t key, int32_t value_if_new) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    filter_[key >> 54] |= uint64_t{1} << (key >> 48 & 63);
    key = key ? key : 1;
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.key == key) return s.value;
      if (s.key == 0) {
        s.key = key;
        s.value = value_if_new;
        ++size_;
        return s.value;
      }
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;
    int32_t value = -1;
  };
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    size_ = 0;
    for (const Slot& s : old)
      if (s.key) Insert(s.key, s.value);
  }
  bool MaybeHas(uint64_t key) const { return filter_[key >> 54] >> (key >> 48 & 63) & 1; }
  uint64_t filter_[1024] = {};  // bit (key >> 48): some key has these top 16 bits
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace notelint::lexicon
