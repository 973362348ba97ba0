// dict.cpp — the dict table of CPython 3.11's dictobject.c, where it is
// observable: the compact entries in insertion order, GROWTH_RATE (used*3),
// USABLE_FRACTION (2n/3), at least 8 slots, str-only "unicode" key tables,
// and the split tables instances share their keys through.
#include "core/runtime/memory.h"
#include "core/runtime/object.h"
#include "core/runtime/object_internal.h"

namespace ys {

namespace {

constexpr int32_t kIxEmpty = -1;
constexpr int32_t kIxDummy = -2;
constexpr uint8_t kDictLogMinSize = 3;

size_t usableFraction(size_t n) {
  return (n << 1) / 3;
}

// calculate_log2_keysize exactly as 3.11 computes it on 64-bit Linux:
// bit_length(((minsize | 8) - 1) | 7). Not always "the smallest power of two
// >= minsize": a resize with 1 or 2 live keys (minsize 3 or 6) gets 16 slots.
uint8_t log2KeySize(size_t minsize) {
  size_t m = ((minsize | 8) - 1) | 7;
  uint8_t log2 = 0;
  while (m) {
    ++log2;
    m >>= 1;
  }
  return log2;
}

bool isStrKey(const Value& v) {
  return v.is(ObjKind::Str);
}

// CPython's probe sequence over the index table; `match(ix)` decides whether
// entry ix holds the key. Returns the entry index, or -1 when absent.
// A user __eq__ called by match may resize the dict: then the probe starts
// over, as CPython's lookdict does.
template <class Match>
int64_t dictLookup(const DictObj& d, uint64_t hash, Match match) {
  for (;;) {
    if (d.log2Size == 0) return -1;
    const DictObj::Entry* entriesBefore = d.entries.data();
    const uint8_t log2Before = d.log2Size;
    const size_t mask = (size_t(1) << d.log2Size) - 1;
    size_t i = hash & mask;
    bool restart = false;
    for (uint64_t perturb = hash; !restart;) {
      const int32_t ix = d.index[i];
      if (ix == kIxEmpty) return -1;
      if (ix >= 0 && d.entries[ix].live && d.entries[ix].hash == hash) {
        const bool found = match(d.entries[ix]);
        restart = d.entries.data() != entriesBefore || d.log2Size != log2Before;
        if (found && !restart) return ix;
      }
      perturb >>= kPerturbShift;
      i = (i * 5 + perturb + 1) & mask;
    }
  }
}

int64_t dictLookupValue(const DictObj& d, const Value& key, uint64_t hash) {
  return dictLookup(d, hash, [&](const DictObj::Entry& e) {
    if (e.key.identical(key)) return true;
    const Value stored = e.key;  // kept alive while a user __eq__ runs
    return equalValues(stored, key);
  });
}

int64_t dictLookupStr(const DictObj& d, std::string_view key, uint64_t hash) {
  return dictLookup(
      d, hash, [&](const DictObj::Entry& e) { return e.key.is(ObjKind::Str) && e.key.as<StrObj>()->view() == key; });
}

size_t findEmptySlot(const DictObj& d, uint64_t hash) {
  const size_t mask = (size_t(1) << d.log2Size) - 1;
  size_t i = hash & mask;
  for (uint64_t perturb = hash; d.index[i] >= 0;) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// dictresize: a fresh table of 2^log2 slots holding the live entries, compacted.
void dictResize(DictObj& d, uint8_t log2, bool unicode) {
  std::vector<DictObj::Entry> live;
  live.reserve(d.count);
  for (auto& e : d.entries)
    if (e.live) live.push_back(std::move(e));
  d.entries = std::move(live);
  d.log2Size = log2;
  d.cpyUnicodeKeys = unicode && d.cpyUnicodeKeys;
  d.index.assign(size_t(1) << log2, kIxEmpty);
  for (size_t ix = 0; ix < d.entries.size(); ++ix)
    d.index[findEmptySlot(d, d.entries[ix].hash)] = static_cast<int32_t>(ix);
  d.cpyUsedSlots = d.entries.size();
}

void dictInsertionResize(DictObj& d, bool unicode) {
  dictResize(d, log2KeySize(d.count * 3), unicode);
}

// Adds a key known to be absent, growing the table as insertdict does.
void dictInsertNew(DictObj& d, Value key, Value value, uint64_t hash) {
  if (usableFraction(size_t(1) << d.log2Size) <= d.cpyUsedSlots) dictInsertionResize(d, true);
  d.index[findEmptySlot(d, hash)] = static_cast<int32_t>(d.entries.size());
  d.entries.push_back(DictObj::Entry{std::move(key), std::move(value), hash, true});
  ++d.count;
  ++d.keyChanges;
  ++d.cpyUsedSlots;
}

// insert_into_dictkeys: a new str key joins the shared keys while they have
// room (one already there is only a value to store).
bool dictSplitTakesKey(DictObj& d, const Value& key) {
  if (!isStrKey(key)) return false;
  SharedKeys& keys = *d.sharedKeys;
  const std::string_view name = key.as<StrObj>()->view();
  if (keys.names.find(name) != keys.names.end()) return true;
  if (keys.usable <= 0) return false;
  keys.names.emplace(name);
  --keys.usable;
  return true;
}

// Table-kind changes that happen before an insert (insert_to_emptydict, the
// str -> general conversion in insertdict, and a split table's
// insertion_resize when the key does not fit in the shared keys).
void dictPrepareInsert(DictObj& d, const Value& key) {
  if (d.sharedKeys && !dictSplitTakesKey(d, key)) {
    d.sharedKeys.reset();
    dictResize(d, log2KeySize(d.count * 3), isStrKey(key));
    return;
  }
  if (d.log2Size == 0) {
    d.cpyUnicodeKeys = isStrKey(key);
    dictResize(d, kDictLogMinSize, d.cpyUnicodeKeys);
  } else if (d.cpyUnicodeKeys && !isStrKey(key)) {
    dictInsertionResize(d, false);
  }
}

}  // namespace

DictObj::DictObj() : Object(ObjKind::Dict) {}
DictObj::~DictObj() = default;

bool DictObj::get(const Value& key, Value& out) const {
  const int64_t ix = dictLookupValue(*this, key, hashValue(key));
  if (ix < 0) return false;
  out = entries[ix].value;
  return true;
}

Value* DictObj::find(const Value& key) {
  const int64_t ix = dictLookupValue(*this, key, hashValue(key));
  return ix < 0 ? nullptr : &entries[ix].value;
}

void DictObj::set(const Value& key, Value value) {
  const uint64_t hash = hashValue(key);  // may throw: before any change
  const int64_t ix = dictLookupValue(*this, key, hash);
  if (ix >= 0) {
    // The old value dies after the table is consistent again: its release
    // may run Python code (a generator's finally) that reads this dict.
    Value old = std::move(entries[ix].value);
    entries[ix].value = std::move(value);
    return;
  }
  const uint8_t oldLog2 = log2Size;
  const bool oldUnicode = cpyUnicodeKeys;
  const bool wasSplit = sharedKeys != nullptr;
  dictPrepareInsert(*this, key);
  dictInsertNew(*this, key, std::move(value), hash);
  if (wasSplit || log2Size != oldLog2 || cpyUnicodeKeys != oldUnicode) setAccounted(getsizeofObject(*this));
}

bool DictObj::remove(const Value& key) {
  if (count == 0) {
    (void)hashValue(key);  // unhashable keys still raise
    return false;
  }
  const uint64_t hash = hashValue(key);
  const int64_t ix = dictLookupValue(*this, key, hash);
  if (ix < 0) return false;
  const size_t mask = (size_t(1) << log2Size) - 1;
  size_t i = hash & mask;
  for (uint64_t perturb = hash; index[i] != ix;) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  index[i] = kIxDummy;
  Entry& e = entries[ix];
  Value oldKey = std::move(e.key), oldValue = std::move(e.value);
  e.key = Value();
  e.value = Value();
  e.live = false;
  --count;
  ++keyChanges;
  return true;  // oldKey/oldValue released here, with the dict consistent
}

void DictObj::clear() {
  std::vector<Entry> old = std::move(entries);
  entries.clear();
  index.clear();
  count = 0;
  log2Size = 0;
  cpyUsedSlots = 0;
  cpyUnicodeKeys = true;
  sharedKeys.reset();  // dict_clear: the empty keys, for a split table too
  setAccounted(getsizeofObject(*this));
  // `old` dies last, when the dict is already empty.
}

void DictObj::presize(size_t n, bool unicode) {
  dictResize(*this, log2KeySize((n * 3 + 1) / 2), unicode);
  setAccounted(getsizeofObject(*this));
}

void DictObj::traverse(Visitor& visitor) const {
  for (const Entry& e : entries) {
    if (!e.live) continue;
    visitor.visit(e.key);
    visitor.visit(e.value);
  }
}

bool DictObj::getStr(std::string_view key, Value& out) const {
  const int64_t ix = dictLookupStr(*this, key, hashBytes(key));
  if (ix < 0) return false;
  out = entries[ix].value;
  return true;
}

void DictObj::setStr(std::string_view key, Value value) {
  const int64_t ix = dictLookupStr(*this, key, hashBytes(key));
  if (ix >= 0) {
    Value old = std::move(entries[ix].value);
    entries[ix].value = std::move(value);
    return;
  }
  set(internStr(key), std::move(value));
}

Value newDict() {
  return Value::adopt(make<DictObj>());
}

namespace {

// clone_combined_dict_keys: the same table, deleted slots and all.
void dictClone(DictObj& d, const DictObj& other) {
  d.entries = other.entries;
  d.index = other.index;
  d.count = other.count;
  d.log2Size = other.log2Size;
  d.cpyUsedSlots = other.cpyUsedSlots;
  d.cpyUnicodeKeys = other.cpyUnicodeKeys;
  d.sharedKeys = other.sharedKeys;  // a split table's copy shares its keys (PyDict_Copy)
  ++d.keyChanges;
  d.setAccounted(getsizeofObject(d));
}

}  // namespace

void DictObj::merge(const DictObj& other) {
  if (&other == this || other.count == 0) return;
  const bool clean = !other.sharedKeys && other.count == other.cpyUsedSlots;
  if (count == 0 && clean &&
      (other.log2Size == kDictLogMinSize || usableFraction((size_t(1) << other.log2Size) / 2) < other.count)) {
    dictClone(*this, other);
    return;
  }
  const uint8_t oldLog2 = log2Size;
  const bool oldUnicode = cpyUnicodeKeys;
  const bool wasSplit = sharedKeys != nullptr;
  // A split table's DK_SIZE is the shared keys' 64 slots.
  const size_t tableSize = sharedKeys ? 64 : log2Size ? size_t(1) << log2Size : 1;
  if (usableFraction(tableSize) < other.count) {
    sharedKeys.reset();
    dictResize(*this, log2KeySize(((count + other.count) * 3 + 1) / 2), other.cpyUnicodeKeys);
  }
  std::vector<Entry> snapshot;  // other may be changed by a user __eq__ meanwhile
  snapshot.reserve(other.count);
  for (const Entry& e : other.entries)
    if (e.live) snapshot.push_back(e);
  for (Entry& e : snapshot) {
    const int64_t ix = dictLookupValue(*this, e.key, e.hash);
    if (ix >= 0) {
      Value old = std::move(entries[ix].value);
      entries[ix].value = std::move(e.value);
      continue;
    }
    dictPrepareInsert(*this, e.key);
    dictInsertNew(*this, std::move(e.key), std::move(e.value), e.hash);
  }
  if (wasSplit || log2Size != oldLog2 || cpyUnicodeKeys != oldUnicode) setAccounted(getsizeofObject(*this));
}

void DictObj::combine(uint8_t log2) {
  if (!sharedKeys) return;
  sharedKeys.reset();
  dictResize(*this, log2, true);
  setAccounted(getsizeofObject(*this));
}

Value dictCopy(const DictObj& d) {
  Value r = newDict();
  DictObj& out = *r.as<DictObj>();
  if (d.count > 0 && (d.sharedKeys || d.count >= (d.cpyUsedSlots * 2) / 3))
    dictClone(out, d);
  else
    out.merge(d);
  return r;
}

// dict == dict (dict_equal): the same keys, each with an equal value, looked
// up by the hash the entry kept.
bool dictsEqual(const DictObj& a, const DictObj& b) {
  if (a.count != b.count) return false;
  for (size_t i = 0; i < a.entries.size(); ++i) {
    if (!a.entries[i].live) continue;
    const Value key = a.entries[i].key, value = a.entries[i].value;
    const int64_t ix = dictLookupValue(b, key, a.entries[i].hash);
    if (ix < 0) return false;
    const Value other = b.entries[ix].value;
    if (!other.identical(value) && !equalValues(value, other)) return false;
  }
  return true;
}

}  // namespace ys
