// set.cpp — set and frozenset: the open-addressed table of CPython 3.11's
// setobject.c (linear probes, then perturbation), whose slot order is the
// iteration order programs print, and the set algebra on it.
#include <algorithm>

#include "core/runtime/memory.h"
#include "core/runtime/object.h"
#include "core/runtime/object_internal.h"

namespace ys {

namespace {

constexpr size_t kSetMinSize = 8;
constexpr size_t kLinearProbes = 9;
using Slot = SetObj::Slot;
using SlotState = SetObj::SlotState;

enum class Match { No, Yes, Restart };

// Compares an active slot with key. A user __eq__ may mutate the set; when the
// table moved meanwhile the caller restarts its probe (set_lookkey's restart).
Match slotMatches(const SetObj& so, size_t j, const Value& key, uint64_t hash) {
  const Slot& s = so.slots[j];
  if (s.state != SlotState::Active || s.hash != hash) return Match::No;
  if (s.key.identical(key)) return Match::Yes;
  const Slot* tableBefore = so.slots.data();
  const size_t sizeBefore = so.slots.size();
  const Value stored = s.key;
  const bool equal = equalValues(stored, key);
  if (so.slots.data() != tableBefore || so.slots.size() != sizeBefore || !so.slots[j].key.identical(stored))
    return Match::Restart;
  return equal ? Match::Yes : Match::No;
}

// set_lookkey: the slot holding key, or the empty slot that ends its probe run.
size_t setLookup(const SetObj& so, const Value& key, uint64_t hash) {
restart:
  const size_t mask = so.slots.size() - 1;
  size_t i = hash & mask;
  for (uint64_t perturb = hash;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (size_t j = i;; ++j) {
      if (so.slots[j].state == SlotState::Empty) return j;
      const Match m = slotMatches(so, j, key, hash);
      if (m == Match::Restart) goto restart;
      if (m == Match::Yes) return j;
      if (probes-- == 0) break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// set_insert_clean: places a key known to be absent into a dummy-free table.
void setInsertClean(std::vector<Slot>& table, Value key, uint64_t hash) {
  const size_t mask = table.size() - 1;
  size_t i = hash & mask;
  for (uint64_t perturb = hash;;) {
    if (table[i].state == SlotState::Empty) break;
    bool placed = false;
    if (i + kLinearProbes <= mask) {
      for (size_t j = 1; j <= kLinearProbes; ++j) {
        if (table[i + j].state == SlotState::Empty) {
          i += j;
          placed = true;
          break;
        }
      }
    }
    if (placed) break;
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
  table[i].key = std::move(key);
  table[i].hash = hash;
  table[i].state = SlotState::Active;
}

// set_table_resize: the smallest power of two above minused (at least 8).
void setResize(SetObj& so, size_t minused) {
  size_t newSize = kSetMinSize;
  while (newSize <= minused) newSize <<= 1;
  if (newSize == so.slots.size() && so.cpyFill == so.used) return;  // nothing to purge
  std::vector<Slot> old = std::move(so.slots);
  so.slots.assign(newSize, Slot{});
  for (Slot& s : old)
    if (s.state == SlotState::Active) setInsertClean(so.slots, std::move(s.key), s.hash);
  so.cpyFill = so.used;
  so.cpyTableSize = newSize;
}

// set_add_entry, with CPython's reuse of the last dummy seen on the probe path.
void setAddEntry(SetObj& so, const Value& key, uint64_t hash) {
restart:
  const size_t mask = so.slots.size() - 1;
  size_t i = hash & mask;
  Slot* freeslot = nullptr;
  Slot* entry = nullptr;
  for (uint64_t perturb = hash; !entry;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (size_t j = i;; ++j) {
      if (so.slots[j].state == SlotState::Empty) {
        entry = &so.slots[j];
        break;
      }
      const Match m = slotMatches(so, j, key, hash);
      if (m == Match::Restart) goto restart;
      if (m == Match::Yes) return;  // already present
      if (so.slots[j].state == SlotState::Dummy) freeslot = &so.slots[j];
      if (probes-- == 0) break;
    }
    if (entry) break;
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
  Slot* target = freeslot ? freeslot : entry;
  target->key = key;
  target->hash = hash;
  target->state = SlotState::Active;
  ++so.used;
  if (freeslot) return;
  ++so.cpyFill;
  if (so.cpyFill * 5 < mask * 3) return;
  setResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

}  // namespace

SetObj::SetObj(bool isFrozen) : Object(ObjKind::Set), slots(kSetMinSize), frozen(isFrozen) {}
SetObj::~SetObj() = default;

// set_contains and set_discard retry a set key, which is unhashable, as the
// frozenset of its members: {1} in {frozenset({1})} is True, not a TypeError.
static bool isMutableSet(const Value& key) {
  return key.is(ObjKind::Set) && !key.as<SetObj>()->frozen;
}

bool SetObj::contains(const Value& key) const {
  if (isMutableSet(key)) return contains(setCopy(*key.as<SetObj>(), true));
  const uint64_t hash = hashValue(key);
  return slots[setLookup(*this, key, hash)].state == SlotState::Active;
}

void SetObj::add(const Value& key) {
  const uint64_t hash = hashValue(key);
  const size_t oldSize = cpyTableSize;
  setAddEntry(*this, key, hash);
  if (cpyTableSize != oldSize) setAccounted(getsizeofObject(*this));
}

bool SetObj::discard(const Value& key) {
  if (isMutableSet(key)) return discard(setCopy(*key.as<SetObj>(), true));
  const uint64_t hash = hashValue(key);
  Slot& s = slots[setLookup(*this, key, hash)];
  if (s.state != SlotState::Active) return false;
  Value old = std::move(s.key);
  s.key = Value();
  s.state = SlotState::Dummy;
  --used;
  return true;
}

size_t SetObj::size() const {
  return used;
}

bool SetObj::next(size_t& pos, Value& out) const {
  while (pos < slots.size() && slots[pos].state != SlotState::Active) ++pos;
  if (pos >= slots.size()) return false;
  out = slots[pos++].key;
  return true;
}

std::vector<Value> SetObj::items() const {
  std::vector<Value> out;
  out.reserve(used);
  for (const Slot& s : slots)
    if (s.state == SlotState::Active) out.push_back(s.key);
  return out;
}

bool SetObj::pop(Value& out) {
  if (used == 0) return false;
  const size_t mask = slots.size() - 1;
  size_t i = finger & mask;
  while (slots[i].state != SlotState::Active) i = (i + 1) & mask;
  out = std::move(slots[i].key);
  slots[i].key = Value();
  slots[i].state = SlotState::Dummy;
  --used;
  finger = i + 1;
  return true;
}

void SetObj::clear() {
  std::vector<Slot> old = std::move(slots);
  slots.assign(kSetMinSize, Slot{});
  used = 0;
  cpyFill = 0;
  cpyTableSize = kSetMinSize;
  setAccounted(getsizeofObject(*this));
}

void SetObj::presizeFor(size_t incoming) {
  if ((cpyFill + incoming) * 5 < (slots.size() - 1) * 3) return;
  setResize(*this, (used + incoming) * 2);
  setAccounted(getsizeofObject(*this));
}

void SetObj::update(const SetObj& other) {
  if (&other == this || other.used == 0) return;
  const size_t oldSize = cpyTableSize;
  if ((cpyFill + other.used) * 5 >= (slots.size() - 1) * 3) setResize(*this, (used + other.used) * 2);
  if (cpyFill == 0 && slots.size() == other.slots.size() && other.cpyFill == other.used) {
    for (size_t i = 0; i < slots.size(); ++i) {
      if (other.slots[i].state != SlotState::Active) continue;
      slots[i].key = other.slots[i].key;
      slots[i].hash = other.slots[i].hash;
      slots[i].state = SlotState::Active;
    }
    cpyFill = used = other.used;
  } else if (cpyFill == 0) {
    for (const Slot& s : other.slots)
      if (s.state == SlotState::Active) setInsertClean(slots, s.key, s.hash);
    cpyFill = used = other.used;
  } else {
    for (const Slot& s : other.slots)
      if (s.state == SlotState::Active) setAddEntry(*this, s.key, s.hash);
  }
  if (cpyTableSize != oldSize) setAccounted(getsizeofObject(*this));
}

void SetObj::traverse(Visitor& visitor) const {
  for (const Slot& s : slots)
    if (s.state == SlotState::Active) visitor.visit(s.key);
}

Value newSet(bool frozen) {
  return Value::adopt(make<SetObj>(frozen));
}

Value constantFrozenset(const std::vector<Value>& items) {
  Value first = newSet(true);
  for (const Value& v : items) first.as<SetObj>()->add(v);
  Value merged = newSet(true);
  for (const Value& v : first.as<SetObj>()->items()) merged.as<SetObj>()->add(v);
  return merged;
}

// ---------------------------------------------------------------- set algebra

namespace {

// set_discard_entry with a known hash; true when the key was there.
bool setDiscardEntry(SetObj& so, const Value& key, uint64_t hash) {
  Slot& s = so.slots[setLookup(so, key, hash)];
  if (s.state != SlotState::Active) return false;
  Value old = std::move(s.key);
  s.key = Value();
  s.state = SlotState::Dummy;
  --so.used;
  return true;
}

bool setContainsEntry(const SetObj& so, const Value& key, uint64_t hash) {
  return so.slots[setLookup(so, key, hash)].state == SlotState::Active;
}

// Snapshot of (key, hash) pairs in table order, safe against mutation.
std::vector<std::pair<Value, uint64_t>> setEntries(const SetObj& so) {
  std::vector<std::pair<Value, uint64_t>> out;
  out.reserve(so.used);
  for (const Slot& s : so.slots)
    if (s.state == SlotState::Active) out.emplace_back(s.key, s.hash);
  return out;
}

void setAccount(SetObj& so) {
  so.setAccounted(getsizeofObject(so));
}

}  // namespace

Value setCopy(const SetObj& a, bool frozen) {
  Value r = newSet(frozen);
  r.as<SetObj>()->update(a);
  return r;
}

Value setUnion(const SetObj& a, const SetObj& b) {
  Value r = setCopy(a, a.frozen);
  r.as<SetObj>()->update(b);
  return r;
}

// set_intersection: walks the smaller set, keeps what the larger contains.
Value setIntersection(const SetObj& a, const SetObj& b) {
  if (&a == &b) return setCopy(a, a.frozen);
  Value r = newSet(a.frozen);
  SetObj& out = *r.as<SetObj>();
  const SetObj* big = &a;
  const SetObj* small = &b;
  if (b.used > a.used) std::swap(big, small);
  for (const auto& [key, hash] : setEntries(*small))
    if (setContainsEntry(*big, key, hash)) setAddEntry(out, key, hash);
  setAccount(out);
  return r;
}

namespace {

// a -= a and a ^= a: CPython clears the set rather than walk it against itself.
bool clearedAgainstItself(SetObj& a, const SetObj& b) {
  if (&a != &b) return false;
  a.clear();
  return true;
}

}  // namespace

void setDifferenceUpdate(SetObj& a, const SetObj& b) {
  if (clearedAgainstItself(a, b)) return;
  for (const auto& [key, hash] : setEntries(b)) setDiscardEntry(a, key, hash);
  setResizeAwayDummies(a);
}

void setResizeAwayDummies(SetObj& a) {
  // More than a quarter dummies: resized away, as set_difference_update_internal does.
  if (a.cpyFill - a.used <= (a.slots.size() - 1) / 4) return;
  setResize(a, a.used > 50000 ? a.used * 2 : a.used * 4);
  setAccount(a);
}

// set_difference: copy-and-discard when a is much larger, else filter a.
Value setDifference(const SetObj& a, const SetObj& b) {
  if ((a.used >> 2) > b.used || &a == &b) {
    Value r = setCopy(a, a.frozen);
    setDifferenceUpdate(*r.as<SetObj>(), b);
    return r;
  }
  Value r = newSet(a.frozen);
  SetObj& out = *r.as<SetObj>();
  for (const auto& [key, hash] : setEntries(a))
    if (!setContainsEntry(b, key, hash)) setAddEntry(out, key, hash);
  setAccount(out);
  return r;
}

void setSymmetricDifferenceUpdate(SetObj& a, const SetObj& b) {
  if (clearedAgainstItself(a, b)) return;
  for (const auto& [key, hash] : setEntries(b))
    if (!setDiscardEntry(a, key, hash)) setAddEntry(a, key, hash);
  setAccount(a);
}

// set_symmetric_difference: a copy of b, updated with a.
Value setSymmetricDifference(const SetObj& a, const SetObj& b) {
  Value r = newSet(a.frozen);
  r.as<SetObj>()->update(b);
  setSymmetricDifferenceUpdate(*r.as<SetObj>(), a);
  return r;
}

// set_intersection_update: the intersection's table replaces a's (set_swap_bodies).
void setIntersectionUpdate(SetObj& a, const SetObj& b) {
  Value tmp = setIntersection(a, b);
  SetObj& t = *tmp.as<SetObj>();
  std::swap(a.slots, t.slots);
  std::swap(a.used, t.used);
  std::swap(a.cpyFill, t.cpyFill);
  std::swap(a.cpyTableSize, t.cpyTableSize);
  setAccount(a);
  setAccount(t);
}

}  // namespace ys
