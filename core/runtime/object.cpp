// object.cpp — construction, containers and bookkeeping of the heap objects.
//
// Containers follow CPython 3.11's own algorithms where they are observable:
// list capacity (list_resize, via memory.h), dict table growth (dictobject.c:
// GROWTH_RATE = used*3, USABLE_FRACTION = 2n/3, minimum 8 slots, str-only
// "unicode" tables), and the set table itself (setobject.c), whose slot order
// is the iteration order Python programs print. Hashing and equality of
// built-in values follow CPython bit for bit where order depends on them (int,
// float, tuple and frozenset hashes); repr and the type objects are in types.cpp.
#include "core/runtime/object.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>
#include <mutex>
#include <pthread.h>
#include <unordered_map>

#include "core/base/format.h"
#include "core/runtime/depth_guard.h"
#include "core/runtime/memory.h"

namespace ys {

namespace {

// Immortal objects (interned strings, the empty tuple) are created outside any
// heap account and can never reach a zero count, even when several engine
// threads race on the unsynchronised counter.
constexpr uint32_t kImmortalRefcount = 1u << 30;

template <class T, class... A>
T* makeImmortal(A&&... args) {
  T* o = new T(std::forward<A>(args)...);
  o->refcount = kImmortalRefcount;
  return o;
}

}  // namespace

// ================================================================ errors

Value newException(ClassObj* type, std::vector<Value> args) {
  auto* e = make<InstanceObj>(type);
  e->args = newTuple(std::move(args));
  return Value::adopt(e);
}

void throwError(ClassObj* type, std::string_view message) {
  throw PyErr{newException(type, {newStr(message)})};
}

void throwErrorNoArgs(ClassObj* type) {
  throw PyErr{newException(type, {})};
}

// ================================================================ str

namespace {

uint8_t kindOf(uint32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x100 ? 2 : cp < 0x10000 ? 3 : 4;
}

// Single-character latin-1 strings and '' are singletons in CPython.
bool isSingletonText(std::string_view s) {
  if (s.empty()) return true;
  if (s.size() == 1) return static_cast<unsigned char>(s[0]) < 0x80;
  if (s.size() == 2) {
    const auto b0 = static_cast<unsigned char>(s[0]), b1 = static_cast<unsigned char>(s[1]);
    return (b0 == 0xC2 || b0 == 0xC3) && (b1 & 0xC0) == 0x80;
  }
  return false;
}

// CPython randomises str hashes per process, so any good hash is faithful.
// FNV-1a with a murmur-style finaliser; -1 is reserved as in CPython. The
// one fixed value is the empty text's: CPython's _Py_HashBytes gives "" and
// b"" the hash 0 whatever the seed, and programs can print it.
uint64_t hashBytes(std::string_view s) {
  if (s.empty()) return 0;
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  if (h == ~0ULL) h = ~1ULL;
  return h;
}

}  // namespace

StrObj::StrObj(std::string s) : Object(ObjKind::Str), utf8(std::move(s)) {
  const std::string_view v = utf8;
  size_t i = 0;
  uint32_t n = 0;
  uint8_t kind = 1;
  while (i < v.size()) {
    if (static_cast<unsigned char>(v[i]) < 0x80) {
      ++i;
      ++n;
      continue;
    }
    kind = std::max(kind, kindOf(utf8Decode(v, i)));
    ++n;
  }
  length = n;
  maxKind = kind;
}

namespace {

struct InternTable {
  std::mutex mutex;
  std::unordered_map<std::string_view, StrObj*> map;  // views into the immortal strings
};

InternTable& internTable() {
  static InternTable* table = [] {
    auto* created = new InternTable;  // never destroyed: strings outlive statics
    // Sessions fork their engine processes from several threads: a child
    // forked while another thread held this lock would wait for it forever.
    // So fork waits until the table is free, and both sides unlock after.
    pthread_atfork([] { internTable().mutex.lock(); }, [] { internTable().mutex.unlock(); },
                   [] { internTable().mutex.unlock(); });
    return created;
  }();
  return *table;
}

}  // namespace

Value internStr(std::string_view s) {
  InternTable& t = internTable();
  std::lock_guard<std::mutex> lock(t.mutex);
  auto it = t.map.find(s);
  if (it != t.map.end()) return Value::object(it->second);
  auto* str = makeImmortal<StrObj>(std::string(s));
  str->interned = true;
  t.map.emplace(std::string_view(str->utf8), str);
  return Value::object(str);
}

Value newStr(std::string s) {
  if (isSingletonText(s)) return internStr(s);
  return Value::adopt(make<StrObj>(std::move(s)));
}
Value newStr(std::string_view s) {
  return newStr(std::string(s));
}
Value newStr(const char* s) {
  return newStr(std::string(s));
}

// ================================================================ numbers

Value newInt(const BigInt& v) {
  if (v.fitsInt64()) return Value::integer(v.toInt64());
  return Value::adopt(make<BigIntObj>(v));
}

// ================================================================ tuple, list

void TupleObj::traverse(Visitor& visitor) const {
  for (const Value& v : items) visitor.visit(v);
}

Value emptyTuple() {
  static TupleObj* empty = makeImmortal<TupleObj>();
  return Value::object(empty);
}

Value newTuple(std::vector<Value> items) {
  if (items.empty()) return emptyTuple();
  return Value::adopt(make<TupleObj>(std::move(items)));
}

ListObj::ListObj(std::vector<Value> v) : Object(ObjKind::List), items(std::move(v)) {
  allocated = items.size();
  accountedSize = items.size();
  hasStorage = allocated > 0;
}

void ListObj::append(Value v) {
  const size_t n = items.size();
  items.push_back(std::move(v));
  accountedSize = n + 1;
  if (n < allocated) return;  // CPython's fast path: room left
  allocated = cpythonListResize(allocated, n, n + 1);
  hasStorage = true;
  setAccounted(getsizeofObject(*this));
}

void ListObj::resized() {
  const size_t n = items.size();
  size_t newAllocated;
  if (!hasStorage && n > accountedSize + 1) {
    newAllocated = (n + 1) & ~size_t(1);  // list_extend into a list without storage
  } else {
    newAllocated = cpythonListResize(allocated, accountedSize, n);
  }
  accountedSize = n;
  hasStorage = hasStorage || newAllocated > 0;
  if (newAllocated == allocated) return;
  allocated = newAllocated;
  setAccounted(getsizeofObject(*this));
}

void ListObj::presize(size_t n) {
  allocated = std::max((n + 1) & ~size_t(1), items.size());
  accountedSize = items.size();
  hasStorage = hasStorage || allocated > 0;
  setAccounted(getsizeofObject(*this));
}

void ListObj::extend(const std::vector<Value>& more) {
  if (more.empty()) return;
  const size_t m = items.size(), n = more.size();
  items.insert(items.end(), more.begin(), more.end());
  const size_t newAllocated = hasStorage ? cpythonListResize(allocated, m, m + n) : (n + 1) & ~size_t(1);
  accountedSize = m + n;
  hasStorage = true;
  if (newAllocated == allocated) return;
  allocated = newAllocated;
  setAccounted(getsizeofObject(*this));
}

void ListObj::traverse(Visitor& visitor) const {
  for (const Value& v : items) visitor.visit(v);
}

Value newList(std::vector<Value> items) {
  return Value::adopt(make<ListObj>(std::move(items)));
}

// ================================================================ dict

namespace {

constexpr int32_t kIxEmpty = -1;
constexpr int32_t kIxDummy = -2;
constexpr uint8_t kDictLogMinSize = 3;
constexpr int kPerturbShift = 5;

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

// ================================================================ set

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

bool SetObj::contains(const Value& key) const {
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

Value setCopy(const SetObj& a) {
  Value r = newSet(a.frozen);
  r.as<SetObj>()->update(a);
  return r;
}

Value setUnion(const SetObj& a, const SetObj& b) {
  Value r = setCopy(a);
  r.as<SetObj>()->update(b);
  return r;
}

// set_intersection: walks the smaller set, keeps what the larger contains.
Value setIntersection(const SetObj& a, const SetObj& b) {
  if (&a == &b) return setCopy(a);
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
    Value r = setCopy(a);
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

// ================================================================ range, slice

int64_t RangeObj::length() const {
  __int128 n = 0;
  if (step > 0 && start < stop) n = (static_cast<__int128>(stop) - start - 1) / step + 1;
  if (step < 0 && start > stop) n = (static_cast<__int128>(start) - stop - 1) / -static_cast<__int128>(step) + 1;
  return n > INT64_MAX ? INT64_MAX : static_cast<int64_t>(n);
}

void SliceObj::traverse(Visitor& visitor) const {
  visitor.visit(start);
  visitor.visit(stop);
  visitor.visit(step);
}

// ================================================================ code, frames, generators

int32_t CodeObj::nlocalsplus() const {
  const size_t nargs = static_cast<size_t>(argcount + kwonlyargcount) + (varargs ? 1 : 0) + (varkeywords ? 1 : 0);
  int32_t argCells = 0;
  for (const std::string& cell : cellvars) {
    for (size_t i = 0; i < nargs && i < varnames.size(); ++i) {
      if (varnames[i] == cell) {
        ++argCells;
        break;
      }
    }
  }
  return static_cast<int32_t>(varnames.size() + cellvars.size() + freevars.size()) - argCells;
}

void CodeObj::traverse(Visitor& visitor) const {
  for (const Value& v : consts) visitor.visit(v);
  for (const Value& v : names) visitor.visit(v);
}

void CellObj::traverse(Visitor& visitor) const {
  visitor.visit(value);
}

void FunctionObj::traverse(Visitor& visitor) const {
  visitor.visit(code.value());
  visitor.visit(globals.value());
  for (const Value& v : defaults) visitor.visit(v);
  visitor.visit(kwdefaults.value());
  for (const Ref<CellObj>& c : closure) visitor.visit(c.value());
  visitor.visit(attrs.value());
}

int32_t Frame::currentLine() const {
  if (!code) return 0;
  if (ip <= 0 || code->spans.empty()) return code->firstLine;
  const size_t i = std::min(static_cast<size_t>(ip - 1), code->spans.size() - 1);
  return code->spans[i].line;
}

namespace {
struct GenStateNames {
  const char* name;  // inspect's
  const char* word;  // the debugger's
};
// In GenState's order.
constexpr GenStateNames kGenStateNames[] = {
    {"GEN_CREATED", "created"}, {"GEN_RUNNING", "running"}, {"GEN_SUSPENDED", "suspended"}, {"GEN_CLOSED", "closed"}};
const GenStateNames& namesOf(GenState s) {
  return kGenStateNames[std::min<size_t>(size_t(s), std::size(kGenStateNames) - 1)];
}
}  // namespace

const char* genStateName(GenState s) {
  return namesOf(s).name;
}

const char* genStateWord(GenState s) {
  return namesOf(s).word;
}

// Closing a suspended generator needs the VM; destroyObject (value.cpp) calls
// Interpreter::finalizeGenerator before deleting, with the object still whole.
GeneratorObj::~GeneratorObj() = default;

void GeneratorObj::traverse(Visitor& visitor) const {
  visitor.visit(code.value());
  if (frame) {
    visitor.visit(frame->function.value());
    for (const Value& v : frame->locals) visitor.visit(v);
    const size_t live = std::min(static_cast<size_t>(std::max(frame->sp, 0)), frame->stack.size());
    for (size_t i = 0; i < live; ++i) visitor.visit(frame->stack[i]);
    visitor.visit(frame->currentException);
  }
  visitor.visit(yieldFrom);
}

// ================================================================ callables

void BuiltinObj::traverse(Visitor& visitor) const {
  visitor.visit(data);
}

Value newBuiltin(std::string name, NativeFn fn, Value data) {
  return Value::adopt(make<BuiltinObj>(std::move(name), fn, std::move(data)));
}

void BoundMethodObj::traverse(Visitor& visitor) const {
  visitor.visit(self);
  visitor.visit(func);
}

void PropertyObj::traverse(Visitor& visitor) const {
  visitor.visit(getter);
  visitor.visit(setter);
  visitor.visit(deleter);
}

void StaticMethodObj::traverse(Visitor& visitor) const {
  visitor.visit(func);
}

// ================================================================ classes, instances, modules

bool ClassObj::lookup(std::string_view attr, Value& out) const {
  if (!mro.empty()) {
    for (const ClassObj* c : mro)
      if (c->dict && c->dict->getStr(attr, out)) return true;
    return false;
  }
  if (dict && dict->getStr(attr, out)) return true;
  for (const Ref<ClassObj>& b : bases)
    if (b->lookup(attr, out)) return true;
  return false;
}

bool ClassObj::isSubclassOf(const ClassObj* other) const {
  if (this == other) return true;
  if (!mro.empty()) return std::find(mro.begin(), mro.end(), other) != mro.end();
  for (const Ref<ClassObj>& b : bases)
    if (b->isSubclassOf(other)) return true;
  return false;
}

namespace {

// The built-in exceptions whose C struct adds fields to BaseException's
// (StopIteration's value, OSError's errno, SyntaxError's lineno ...).
bool exceptionHasOwnFields(const ClassObj& c) {
  static constexpr std::string_view kNames[] = {
      "BaseException", "StopIteration", "SystemExit",     "ImportError",        "OSError",
      "SyntaxError",   "NameError",     "AttributeError", "UnicodeEncodeError", "UnicodeDecodeError"};
  return std::find(std::begin(kNames), std::end(kNames), c.name) != std::end(kNames);
}

// A user class whose __slots__ names a field of its own (beyond __weakref__):
// the VM's layOutSlots laid out more slots than its one base has.
bool addsSlots(const ClassObj& c) {
  const size_t inherited = c.bases.empty() ? 0 : c.bases[0]->slotNames.size();
  return c.slotted && c.slotNames.size() > inherited;
}

// CPython's solid_base.
const ClassObj* solidBase(const ClassObj* c) {
  ClassObj* base = bestBase(c->bases);
  if (!base) return c;  // object
  const ClassObj* below = solidBase(base);
  bool ownFields = addsSlots(*c);
  if (c->isBuiltin)  // collections.Counter is a Python class over dict in CPython
    ownFields = c->isException ? exceptionHasOwnFields(*c) : !(c->module == "collections" && c->name == "Counter");
  return ownFields ? c : below;
}

}  // namespace

ClassObj* bestBase(const std::vector<Ref<ClassObj>>& bases, bool* layoutConflict) {
  ClassObj* base = nullptr;
  const ClassObj* winner = nullptr;
  for (const Ref<ClassObj>& candidate : bases) {
    const ClassObj* solid = solidBase(candidate.get());
    if (winner && winner->isSubclassOf(solid)) continue;  // the first of equals stays
    if (winner && !solid->isSubclassOf(winner)) {
      if (layoutConflict) *layoutConflict = true;
      return nullptr;
    }
    winner = solid;
    base = candidate.get();
  }
  return base;
}

void giveSharedKeys(ClassObj& cls) {
  if (cls.isBuiltin || cls.slotted) return;
  for (const ClassObj* k : cls.mro)
    if (k->isException || (k->isBuiltin && k->name == "OrderedDict")) return;
  cls.cachedKeys = std::make_shared<SharedKeys>();
}

void ClassObj::traverse(Visitor& visitor) const {
  for (const Ref<ClassObj>& b : bases) visitor.visit(b.value());
  visitor.visit(dict.value());
}

InstanceObj::InstanceObj(ClassObj* c) : Object(ObjKind::Instance), cls(c), dict(make<DictObj>()) {
  if (c && c->isException) args = emptyTuple();
  if (!c || !c->cachedKeys) return;
  for (const ClassObj* k : c->mro) {
    if (k->isBuiltin && k != T().object) {
      dictPending = true;  // made by a built-in base's constructor, without values
      return;
    }
  }
  // object.__new__'s init_inline_values: each new object takes one from
  // usable (keeping at least 1), then holds values for all the keys.
  if (c->cachedKeys->usable > 1) --c->cachedKeys->usable;
  dict->sharedKeys = c->cachedKeys;
  dict->setAccounted(getsizeofObject(*dict));
}

void InstanceObj::attachSharedKeys() {
  if (!dictPending) return;
  dictPending = false;
  if (dict && dict->count == 0 && cls && cls->cachedKeys) {
    dict->sharedKeys = cls->cachedKeys;
    dict->setAccounted(getsizeofObject(*dict));
  }
}

void InstanceObj::traverse(Visitor& visitor) const {
  visitor.visit(cls.value());
  visitor.visit(dict.value());
  visitor.visit(args);
  visitor.visit(context);
  visitor.visit(cause);
  for (const Value& v : frameLocals) visitor.visit(v);
}

ModuleObj::ModuleObj(std::string n) : Object(ObjKind::Module), name(std::move(n)), dict(make<DictObj>()) {
  dict->setStr("__name__", newStr(name));
}

void ModuleObj::traverse(Visitor& visitor) const {
  visitor.visit(dict.value());
}

// ================================================================ hashing

namespace {

constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;
constexpr int kHashBits = 61;
constexpr int64_t kHashInf = 314159;

uint64_t fixMinusOne(int64_t h) {
  return static_cast<uint64_t>(h == -1 ? -2 : h);
}

uint64_t hashInt(int64_t v) {
  const uint64_t mag = v < 0 ? static_cast<uint64_t>(-(v + 1)) + 1 : static_cast<uint64_t>(v);
  const auto r = static_cast<int64_t>(mag % kHashModulus);
  return fixMinusOne(v < 0 ? -r : r);
}

// _Py_HashDouble: the hash of the rational value, so hash(1.0) == hash(1).
uint64_t hashDouble(double v) {
  if (std::isinf(v)) return static_cast<uint64_t>(v > 0 ? kHashInf : -kHashInf);
  if (std::isnan(v)) return 0;  // CPython hashes NaN by identity; inline floats have none
  int e = 0;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;
    e -= 28;
    const auto y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
  return fixMinusOne(static_cast<int64_t>(x));
}

constexpr uint64_t kXXPrime1 = 11400714785074694791ULL;
constexpr uint64_t kXXPrime2 = 14029467366897019727ULL;
constexpr uint64_t kXXPrime5 = 2870177450012600261ULL;

// CPython 3.11's tuplehash (xxHash-derived), over already computed lanes.
uint64_t hashTupleLanes(const uint64_t* lanes, size_t n) {
  uint64_t acc = kXXPrime5;
  for (size_t i = 0; i < n; ++i) {
    acc += lanes[i] * kXXPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kXXPrime1;
  }
  acc += n ^ (kXXPrime5 ^ 3527539ULL);
  if (acc == ~0ULL) return 1546275796;
  return acc;
}

uint64_t hashTuple(const TupleObj& t) {
  std::vector<uint64_t> lanes;
  lanes.reserve(t.items.size());
  for (const Value& v : t.items) lanes.push_back(hashValue(v));
  return hashTupleLanes(lanes.data(), lanes.size());
}

uint64_t shuffleBits(uint64_t h) {
  return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

// frozenset_hash: order-independent, from the table's stored hashes.
uint64_t hashFrozenSet(const SetObj& s) {
  uint64_t hash = 0;
  for (const Slot& slot : s.slots)
    if (slot.state == SlotState::Active) hash ^= shuffleBits(slot.hash);
  hash ^= (static_cast<uint64_t>(s.used) + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == ~0ULL) hash = 590923713ULL;
  return hash;
}

// range_hash: hash((len, start, step)) with None where irrelevant.
uint64_t hashRange(const RangeObj& r) {
  const int64_t n = r.length();
  uint64_t lanes[3] = {hashInt(n), hashValue(Value()), hashValue(Value())};
  if (n > 0) lanes[1] = hashInt(r.start);
  if (n > 1) lanes[2] = hashInt(r.step);
  return hashTupleLanes(lanes, 3);
}

// Identity hash, as _Py_HashPointer (the address rotated by 4 bits), but of
// the object's fake address, which comes from its creation number in the
// run: a set of user objects iterates in the same order in every run and in
// every replay of it, on any thread, whatever was allocated around it.
// None, Ellipsis and NotImplemented hash by their address in CPython 3.11,
// which differs from run to run only above its low 12 bits (they are static
// objects of the python3 binary, placed at a fixed offset in a page): so
// their slot in any set of up to 4096 slots, and with it the set's order,
// is the same every run. These are values python3 gave, low bits and all.
constexpr uint64_t kNoneHash = 0x7f9ea345bbeULL, kEllipsisHash = 0x7f9ea345de6ULL,
                   kNotImplementedHash = 0x7f9ea345ba3ULL;

uint64_t hashIdentity(const Object* o) {
  uint64_t y = fakeAddress(o);
  y = (y >> 4) | (y << 60);
  return fixMinusOne(static_cast<int64_t>(y));
}

// Nested containers recurse in C++; past these depths Python code gets a
// RecursionError instead of the engine overflowing its stack. Comparison uses
// CPython's default recursion limit; hashing has no check in CPython, so its
// limit only guards the C++ stack.
constexpr int kMaxCompareDepth = 1000;
constexpr int kMaxHashDepth = 10000;

thread_local int t_hashDepth = 0;
thread_local int t_compareDepth = 0;

[[noreturn]] void throwUnhashable(const Value& v) {
  throwError(T().TypeError, "unhashable type: '" + typeName(v) + "'");
}

}  // namespace

uint64_t hashValue(const Value& v) {
  switch (v.tag()) {
    case Tag::None:
      return kNoneHash;
    case Tag::Bool:
      return v.asBool() ? 1 : 0;
    case Tag::Int:
      return hashInt(v.asInt());
    case Tag::Float:
      return hashDouble(v.asFloat());
    case Tag::Unbound:
      return 0;
    case Tag::Obj:
      break;
  }
  Object* o = v.asObj();
  switch (o->kind) {
    case ObjKind::Str: {
      auto* s = static_cast<StrObj*>(o);
      if (s->hash == 0) s->hash = hashBytes(s->utf8);
      return s->hash;
    }
    case ObjKind::BigInt:
      return static_cast<BigIntObj*>(o)->value.hash();
    case ObjKind::Bytes: {
      auto* b = static_cast<BytesObj*>(o);
      if (b->isArray) throwUnhashable(v);
      if (b->hash == 0) b->hash = hashBytes(b->data);
      return b->hash;
    }
    case ObjKind::Tuple: {
      DepthGuard guard(t_hashDepth, kMaxHashDepth, "maximum recursion depth exceeded while calculating hash");
      return hashTuple(*static_cast<TupleObj*>(o));
    }
    case ObjKind::Range:
      return hashRange(*static_cast<RangeObj*>(o));
    case ObjKind::Set:
      if (!static_cast<SetObj*>(o)->frozen) throwUnhashable(v);
      return hashFrozenSet(*static_cast<SetObj*>(o));
    case ObjKind::List:
    case ObjKind::Dict:
    case ObjKind::Slice:
      throwUnhashable(v);
    case ObjKind::BoundMethod: {
      auto* m = static_cast<BoundMethodObj*>(o);
      return fixMinusOne(static_cast<int64_t>(hashValue(m->self) ^ hashValue(m->func)));
    }
    case ObjKind::Instance: {
      if (const char* singleton = builtinSingletonName(*static_cast<InstanceObj*>(o)->cls))
        return singleton[0] == 'E' ? kEllipsisHash : kNotImplementedHash;
      uint64_t h = 0;
      if (instanceHooks().hash && instanceHooks().hash(v, h)) return h;
      return hashIdentity(o);
    }
    default:
      return hashIdentity(o);
  }
}

// ================================================================ equality

namespace {

bool isNumber(const Value& v) {
  return v.isInt() || v.isBool() || v.isFloat() || v.is(ObjKind::BigInt);
}

bool intEqualsDouble(int64_t i, double d) {
  if (!std::isfinite(d) || d != std::floor(d)) return false;
  if (d >= 9223372036854775808.0 || d < -9223372036854775808.0) return false;
  return static_cast<int64_t>(d) == i;
}

bool bigEqualsDouble(const BigInt& b, double d) {
  if (!std::isfinite(d) || d != std::floor(d)) return false;
  return BigInt::fromDouble(d) == b;
}

bool numbersEqual(const Value& a, const Value& b) {
  if (a.isFloat() && b.isFloat()) return a.asFloat() == b.asFloat();
  if (b.isFloat()) return numbersEqual(b, a);
  if (a.isFloat()) {
    if (b.is(ObjKind::BigInt)) return bigEqualsDouble(b.as<BigIntObj>()->value, a.asFloat());
    return intEqualsDouble(b.asInt(), a.asFloat());
  }
  const bool aBig = a.is(ObjKind::BigInt), bBig = b.is(ObjKind::BigInt);
  if (aBig && bBig) return a.as<BigIntObj>()->value == b.as<BigIntObj>()->value;
  if (aBig || bBig) return false;  // BigInts never fit int64 (they are demoted)
  return a.asInt() == b.asInt();
}

// CPython compares container items with `x is y or x == y`.
// Items are copied before comparing and sizes re-read each step: a user
// __eq__ may shrink either list meanwhile (list_richcompare does the same).
bool itemsEqual(const std::vector<Value>& a, const std::vector<Value>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
    const Value x = a[i], y = b[i];
    if (!x.identical(y) && !equalValues(x, y)) return false;
  }
  return a.size() == b.size();
}

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

bool setsEqual(const SetObj& a, const SetObj& b) {
  if (a.used != b.used) return false;
  for (const Value& key : a.items())
    if (!b.contains(key)) return false;
  return true;
}

bool rangesEqual(const RangeObj& a, const RangeObj& b) {
  const int64_t n = a.length();
  if (n != b.length()) return false;
  if (n == 0) return true;
  if (a.start != b.start) return false;
  return n == 1 || a.step == b.step;
}

}  // namespace

InstanceHooks& instanceHooks() {
  thread_local InstanceHooks hooks;
  return hooks;
}

bool equalValues(const Value& a, const Value& b) {
  if (a.identical(b)) return !(a.isFloat() && std::isnan(a.asFloat()));
  if ((a.is(ObjKind::Instance) || b.is(ObjKind::Instance)) && instanceHooks().equal) {
    bool out = false;
    if (instanceHooks().equal(a, b, out)) return out;
  }
  if (isNumber(a) || isNumber(b)) return isNumber(a) && isNumber(b) && numbersEqual(a, b);
  if (!a.isObj() || !b.isObj()) return false;
  Object* x = a.asObj();
  Object* y = b.asObj();
  if (x->kind != y->kind) return false;
  DepthGuard guard(t_compareDepth, kMaxCompareDepth, "maximum recursion depth exceeded in comparison");
  switch (x->kind) {
    case ObjKind::Str:
      return static_cast<StrObj*>(x)->utf8 == static_cast<StrObj*>(y)->utf8;
    case ObjKind::Bytes:
      return static_cast<BytesObj*>(x)->data == static_cast<BytesObj*>(y)->data;
    case ObjKind::Tuple:
      return itemsEqual(static_cast<TupleObj*>(x)->items, static_cast<TupleObj*>(y)->items);
    case ObjKind::List:
      return itemsEqual(static_cast<ListObj*>(x)->items, static_cast<ListObj*>(y)->items);
    case ObjKind::Dict:
      return dictsEqual(*static_cast<DictObj*>(x), *static_cast<DictObj*>(y));
    case ObjKind::Set:
      return setsEqual(*static_cast<SetObj*>(x), *static_cast<SetObj*>(y));
    case ObjKind::Range:
      return rangesEqual(*static_cast<RangeObj*>(x), *static_cast<RangeObj*>(y));
    case ObjKind::Slice: {
      auto* s = static_cast<SliceObj*>(x);
      auto* t = static_cast<SliceObj*>(y);
      return itemsEqual({s->start, s->stop, s->step}, {t->start, t->stop, t->step});
    }
    case ObjKind::BoundMethod: {
      auto* m = static_cast<BoundMethodObj*>(x);
      auto* n = static_cast<BoundMethodObj*>(y);
      return m->self.identical(n->self) && equalValues(m->func, n->func);
    }
    default:
      return false;
  }
}

}  // namespace ys
