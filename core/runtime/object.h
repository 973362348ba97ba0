// object.h — the heap objects of the engine.
//
// Each struct is one Python object kind (see ObjKind in value.h). Fields are
// plain C++ so the VM, the builtins, the memory model and the session can read
// them directly; mutating a container that changes its CPython size goes
// through its methods so the heap account stays right.
//
// Built-in types (int, str, list, ValueError, ...) are ClassObj values created
// once per process by builtinTypes() and never freed ("immortal", like
// CPython's static types): their reference count starts huge, so the
// unsynchronised counting done by several engine threads can never free them.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/bigint.h"
#include "core/base/text.h"
#include "core/runtime/bytes.h"
#include "core/runtime/gen_state.h"
#include "core/runtime/value.h"

namespace ys {

class Interpreter;
struct ClassObj;
struct DictObj;
struct TupleObj;
struct StrObj;

// ---------------------------------------------------------------- errors

// A Python exception travelling through C++ code. Native functions raise by
// throwing PyErr; the VM catches it at the call boundary and unwinds Python
// frames. `exc` is always an InstanceObj whose class derives from BaseException.
struct PyErr {
  Value exc;
  // Set when the exception left a dispatch loop's entry frame: the frames it
  // came through already gave it its __context__, so the loop that catches
  // it next does not search its frames again (that search made a deep
  // RecursionError unwind in quadratic time).
  bool unwound = false;
};

// Throws a new exception of `type` with a single str argument `message`
// (or no arguments when message is empty and noArgs is true).
[[noreturn]] void throwError(ClassObj* type, std::string_view message);
[[noreturn]] void throwErrorNoArgs(ClassObj* type);
// Builds (does not throw) an exception instance: type(*args).
Value newException(ClassObj* type, std::vector<Value> args);

// ---------------------------------------------------------------- str

// An immutable string. Stored as UTF-8; `length` counts code points, and
// `maxKind` (1 ascii, 2 latin-1, 3 ucs2, 4 ucs4) is the CPython storage kind,
// which decides sys.getsizeof and lets ASCII strings be indexed in O(1).
struct StrObj : Object {
  explicit StrObj(std::string s);
  std::string utf8;
  uint32_t length = 0;        // number of code points
  uint8_t maxKind = 1;        // 1 ascii, 2 latin-1, 3 ucs2, 4 ucs4
  bool interned = false;      // identifier-like literal: shared, not counted in footprints
  mutable uint64_t hash = 0;  // 0 = not computed yet
  bool isAscii() const { return maxKind == 1; }
  std::string_view view() const { return utf8; }
};
Value newStr(std::string s);
Value newStr(std::string_view s);
Value newStr(const char* s);
// Interned: one shared object per text (identifiers, attribute names, literals).
Value internStr(std::string_view s);
// UTF-8 (utf8Decode, utf8Append) and the str and bytes reprs are in
// core/base/text.h.

// ---------------------------------------------------------------- numbers

struct BigIntObj : Object {
  explicit BigIntObj(BigInt v) : Object(ObjKind::BigInt), value(std::move(v)) {}
  BigInt value;
};
// Returns an inline Int when v fits in int64, else a BigIntObj.
Value newInt(const BigInt& v);

// ---------------------------------------------------------------- containers

// CPython's tupledealloc and list_dealloc release items last to first (a
// std::vector destroys first to last). The order shows when items are
// generators with `finally` blocks: zip(left, right) closes right first.
inline void releaseBackToFront(std::vector<Value>& items) {
  while (!items.empty()) items.pop_back();
}
// list_ass_subscript's garbage array goes first to last, said rather than
// left to std::vector's destructor, whose order the standard leaves open.
inline void releaseFrontToBack(std::vector<Value>& items) {
  for (Value& v : items) v = Value();
  items.clear();
}

struct TupleObj : Object {
  TupleObj() : Object(ObjKind::Tuple) {}
  explicit TupleObj(std::vector<Value> v) : Object(ObjKind::Tuple), items(std::move(v)) {}
  ~TupleObj() override { releaseBackToFront(items); }
  std::vector<Value> items;
  void traverse(Visitor& visitor) const override;
};
Value newTuple(std::vector<Value> items);
Value emptyTuple();

// A list. `allocated` mirrors CPython's ob_alloc (its over-allocation rules,
// see memory.h) so that sys.getsizeof and the footprint match CPython; the
// std::vector's own capacity is irrelevant.
struct ListObj : Object {
  ListObj() : Object(ObjKind::List) {}
  explicit ListObj(std::vector<Value> v);  // exact size: literal, lst*k, lst[:], lst+lst2
  ~ListObj() override { releaseBackToFront(items); }
  std::vector<Value> items;
  size_t allocated = 0;
  // items.size() as of the last append/resized/presize: the "old size" that
  // CPython's list_resize compares against when a list grows by many at once.
  size_t accountedSize = 0;
  // CPython's ob_item != NULL: false for a list that never had storage ([] or
  // list()). list_extend preallocates such a list exactly ((n+1)&~1), which
  // resized() follows when it sees it grow by more than one item at once:
  // [1, 2, 3] (BUILD_LIST 0 + LIST_EXTEND) is 88 bytes, as in CPython.
  bool hasStorage = false;
  void append(Value v);    // CPython's append growth (list_resize)
  void resized();          // after any other mutation of items: CPython list_resize(size)
  void presize(size_t n);  // list(sized)/sorted/extend(sized): allocated = (n+1)&~1
  // list_extend of a list or tuple's items: nothing for none, an exact
  // (even) block for a list without storage, else one list_resize(m + n).
  void extend(const std::vector<Value>& more);
  void traverse(Visitor& visitor) const override;
};
Value newList(std::vector<Value> items = {});

// The shared keys of a class's instance dicts, as CPython 3.11 keeps them
// (ht_cached_keys, a split table): one table of str keys for all instances,
// each instance holding only a values array. `usable` starts at
// SHARED_KEYS_MAX_SIZE (30) and drops by one for every key added and for
// every instance object.__new__ makes (while above 1); a dict sharing these
// keys is sys.getsizeof 64 + 8 * (keys + usable), so it shrinks as the class
// gets instances. A key that does not fit (no room left, not a str) makes
// that one dict a combined table of its own.
struct SharedKeys {
  std::set<std::string, std::less<>> names;  // dk_nentries = names.size()
  int64_t usable = 30;                       // dk_usable
};

// Insertion-ordered hash map with CPython 3.11's table-size behaviour
// (`log2Size`, `usable`, `usedSlots`) recorded for sys.getsizeof. Keys hash and
// compare by Python rules for built-in values (1 == 1.0 == True); instances of
// user classes hash by identity. Unhashable keys raise TypeError.
struct DictObj : Object {
  DictObj();
  ~DictObj() override;
  struct Entry {
    Value key;
    Value value;
    uint64_t hash = 0;
    bool live = false;
  };
  std::vector<Entry> entries;  // insertion order; dead entries have live == false
  std::vector<int32_t> index;  // open addressing table into entries (-1 empty, -2 dummy)
  size_t count = 0;            // live entries
  uint8_t log2Size = 0;        // CPython keys-table size (0 = the shared empty table)
  size_t cpyUsedSlots = 0;     // CPython dk_nentries (live + deleted since last resize)
  // CPython DICT_KEYS_UNICODE: true while every key ever stored since the table
  // was made is a str (16-byte entries instead of 24). A non-str key converts
  // the table for good (with a resize), as insertdict does.
  bool cpyUnicodeKeys = true;
  // Bumped whenever a key is added or removed (not when a value is replaced,
  // nor by clear()): OrderedDict's iterators compare it, as CPython's
  // od_state, which its clear() leaves alone too.
  uint64_t keyChanges = 0;
  // A split table: an instance's __dict__ (or a copy of one) sharing its
  // class's keys; null for a combined table (every other dict).
  std::shared_ptr<SharedKeys> sharedKeys;
  bool get(const Value& key, Value& out) const;
  Value* find(const Value& key);  // nullptr when absent
  void set(const Value& key, Value value);
  bool remove(const Value& key);  // false when absent
  void clear();
  // dictresize of a split table into a combined one of 2^log2 slots (popitem
  // does this first, with the shared table's own size).
  void combine(uint8_t log2);
  // dict_merge(self, other, override): d.update(other), dict(other), {**other}
  // — CPython's table sizing included (clone of a clean table, one presize).
  void merge(const DictObj& other);
  // dictresize(estimate_log2_keysize(n)) of an empty dict, as _PyDict_FromKeys
  // does before adding a dict's or a set's keys; `unicode` false makes the
  // table one of any keys (24-byte entries) for good.
  void presize(size_t n, bool unicode);
  size_t size() const { return count; }
  void traverse(Visitor& visitor) const override;
  // Convenience for str keys (globals, attributes, kwargs).
  bool getStr(std::string_view key, Value& out) const;
  void setStr(std::string_view key, Value value);
};
Value newDict();
// d.copy() as PyDict_Copy: a clone of the table when at most a third of it is
// deleted entries, else a fresh dict merged from d (sizes as CPython's).
Value dictCopy(const DictObj& d);

// set and frozenset. The table IS CPython's setobject table: `slots` has
// mask+1 entries, keys are placed by hash & mask with 9 linear probes then
// perturbation, dummies mark deletions, and it resizes by the same rule. So
// iteration (slot order) gives CPython's order — `{3, 1, 2}` prints
// `{1, 2, 3}` — and sys.getsizeof reads the true table size.
struct SetObj : Object {
  explicit SetObj(bool isFrozen = false);
  ~SetObj() override;
  enum class SlotState : uint8_t { Empty, Active, Dummy };
  struct Slot {
    Value key;
    uint64_t hash = 0;
    SlotState state = SlotState::Empty;
  };
  std::vector<Slot> slots;  // the table, size cpyTableSize
  size_t used = 0;          // active entries (len)
  size_t finger = 0;        // where set.pop() resumes its scan (CPython's finger)
  bool frozen = false;
  size_t cpyTableSize = 8;  // CPython setobject `mask + 1`
  size_t cpyFill = 0;       // CPython `fill` (active + dummy)
  bool contains(const Value& key) const;
  void add(const Value& key);
  bool discard(const Value& key);
  size_t size() const;
  // Iteration in CPython's order: start with pos = 0; false when done.
  // Safe against mutation (bounds are re-checked); callers detect size changes.
  bool next(size_t& pos, Value& out) const;
  std::vector<Value> items() const;  // members in iteration order
  bool pop(Value& out);              // set.pop(): false when empty
  void clear();                      // back to the 8-slot table
  void update(const SetObj& other);  // set_merge: s |= other, set(other), SET_UPDATE
  // set(dict)/update(dict): CPython resizes once for `incoming` keys up front
  // (fill + n)*5 >= mask*3 -> table for (used + n)*2; call before adding them.
  void presizeFor(size_t incoming);
  void traverse(Visitor& visitor) const override;
};
Value newSet(bool frozen = false);
// The frozenset CPython's compiler stores for a constant set display of 3 or
// more items (`{1, 2, 3}` compiles to BUILD_SET 0; LOAD_CONST frozenset;
// SET_UPDATE, and `x in {...}` loads it directly): built from the items in
// source order, then rebuilt from its own iteration order by the compiler's
// constant merging. The set display is then newSet() + update(frozenset),
// which gives CPython's order and size ({1, 2, 3, 4, 5} is 472 bytes, not 728).
Value constantFrozenset(const std::vector<Value>& items);

// CPython's set algebra (setobject.c) on two sets, so results iterate in
// CPython's order and have its table size. The result has a's type (set or
// frozenset). For another iterable, build a set from it first.
Value setCopy(const SetObj& a, bool frozen);                     // set(a), frozenset(a)
Value setUnion(const SetObj& a, const SetObj& b);                // a | b
Value setIntersection(const SetObj& a, const SetObj& b);         // a & b
Value setDifference(const SetObj& a, const SetObj& b);           // a - b
Value setSymmetricDifference(const SetObj& a, const SetObj& b);  // a ^ b
void setIntersectionUpdate(SetObj& a, const SetObj& b);          // a &= b
void setDifferenceUpdate(SetObj& a, const SetObj& b);            // a -= b
void setSymmetricDifferenceUpdate(SetObj& a, const SetObj& b);   // a ^= b
// The end of set_difference_update_internal, after its discards: a table
// more than a quarter dummies is rebuilt (a.difference_update(iterable),
// a.difference(iterable)).
void setResizeAwayDummies(SetObj& a);

struct RangeObj : Object {
  RangeObj(int64_t a, int64_t b, int64_t c) : Object(ObjKind::Range), start(a), stop(b), step(c) {}
  int64_t start, stop, step;
  int64_t length() const;
};

struct SliceObj : Object {
  SliceObj(Value a, Value b, Value c)
      : Object(ObjKind::Slice), start(std::move(a)), stop(std::move(b)), step(std::move(c)) {}
  Value start, stop, step;
  void traverse(Visitor& visitor) const override;
};

// ---------------------------------------------------------------- code & frames

// One instruction: opcode, a 32-bit argument, and its source span (for line
// events and the ^^^^ markers under a failing expression in tracebacks).
// Opcode numbers and meanings are in opcodes.h.
struct Instr {
  uint16_t op = 0;
  int32_t arg = 0;
};
struct SrcSpan {
  int32_t line = 0, col = 0, endLine = 0, endCol = 0;  // 1-based lines, 0-based columns
};

// Exception table entry (CPython 3.11 style: no block stack at run time).
struct ExceptionRange {
  int32_t start = 0, end = 0;  // instruction range [start, end)
  int32_t handler = 0;         // where to jump
  int32_t depth = 0;           // value stack depth to unwind to
  // Slots CPython's stack has at this handler that ours lacks: the offset
  // (lasti) its SETUP_CLEANUP and SETUP_WITH handlers push, and one pushed
  // below by an enclosing `with`. Only co_stacksize counts them.
  int32_t lastiSlots = 0;
};

struct CodeObj : Object {
  CodeObj() : Object(ObjKind::Code) {}
  std::string name;      // co_name: "squares", "<module>", "<genexpr>", "<lambda>"
  std::string qualname;  // "Countdown.__iter__", "outer.<locals>.inner"
  std::string filename;
  int32_t firstLine = 0;
  std::vector<Instr> code;
  std::vector<SrcSpan> spans;  // one per instruction
  std::vector<ExceptionRange> exceptionTable;
  std::vector<Value> consts;
  std::vector<Value> names;           // StrObj: globals, attributes
  std::vector<std::string> varnames;  // arguments first, then other locals
  std::vector<std::string> cellvars;  // locals captured by inner functions
  std::vector<std::string> freevars;  // captured from enclosing functions
  int32_t argcount = 0;               // positional parameters (incl. positional-only)
  int32_t posonlyargcount = 0;
  int32_t kwonlyargcount = 0;
  bool varargs = false;      // *args
  bool varkeywords = false;  // **kwargs
  bool isGenerator = false;  // contains yield / is a generator expression
  int32_t stacksize = 0;     // max value-stack depth
  // CPython 3.11's co_stacksize for this code (sys.getsizeof of generators
  // uses it): -1 until memory.cpp derives it from the bytecode; a compiler
  // that knows the exact figure may set it.
  mutable int32_t cpyStacksize = -1;
  // Compiler: the locals slot of each cellvar (an argument's own slot when a
  // captured argument, else after the varnames), and where freevars start.
  std::vector<int32_t> cellSlots;
  int32_t freeStart = 0;
  bool isClassBody = false;  // names resolve through a namespace dict (LOAD_NAME)
  // CPython's co_nlocalsplus: varnames + cellvars + freevars - args that are cells.
  int32_t nlocalsplus() const;
  void traverse(Visitor& visitor) const override;
};

struct CellObj : Object {
  CellObj() : Object(ObjKind::Cell) {}
  Value value;
  bool bound = false;  // false until first assignment (reading raises NameError)
  void traverse(Visitor& visitor) const override;
};

struct FunctionObj : Object {
  FunctionObj() : Object(ObjKind::Function) {}
  Ref<CodeObj> code;
  Ref<DictObj> globals;
  std::vector<Value> defaults;        // positional defaults, last parameters
  Ref<DictObj> kwdefaults;            // keyword-only defaults (may be null)
  std::vector<Ref<CellObj>> closure;  // one per code->freevars
  std::string name, qualname;
  Ref<DictObj> attrs;  // function attributes (may be null)
  void traverse(Visitor& visitor) const override;
};

// A Python frame. Frames live on the heap: the VM links active frames through
// `back`, and a generator owns its frame while suspended. The VM may add
// private bookkeeping, but these fields are what snapshots and the memory
// model read.
struct GeneratorObj;
struct Frame {
  Ref<CodeObj> code;
  Ref<FunctionObj> function;  // null for the module frame
  Ref<DictObj> globals;
  std::vector<Value> locals;          // nlocalsplus slots: varnames, then cells, then frees
                                      // (cell/free slots hold CellObj values)
  std::vector<Value> stack;           // value stack, size code->stacksize
  int32_t sp = 0;                     // number of live stack entries
  int32_t ip = 0;                     // next instruction
  int32_t lastLine = -1;              // line of the last instruction executed (line events)
  Frame* back = nullptr;              // caller / resumer while running, null when suspended
  GeneratorObj* generator = nullptr;  // set when this frame belongs to a generator
  Value currentException;             // exception being handled (sys.exc_info) in this frame
  int32_t currentLine() const;        // line of instruction ip-1 (or firstLine before start)
  // ---- VM bookkeeping (vm.cpp) ----
  Ref<DictObj> localsDict;  // module/class bodies: the namespace LOAD_NAME reads
  int32_t prevIp = -1;      // instruction executed before ip (backward-jump line rule)
  int32_t spAtInstr = 0;    // traced runs: sp as instruction prevIp began (releaseOperands)
  bool started = false;     // a call event was reported (next ones are resumes)
};

// The four states of inspect.getgeneratorstate.

// VM bookkeeping: links every live generator into its VM's registry (for
// VM::liveGenerators) and unlinks itself when the generator is destroyed.
struct GeneratorObj;
struct GenLink {
  GenLink() = default;
  GenLink(const GenLink&) = delete;
  GenLink& operator=(const GenLink&) = delete;
  ~GenLink() { unlink(); }
  void unlink() {
    if (prev) prev->next = next;
    if (next) next->prev = prev;
    prev = next = nullptr;
  }
  GenLink* prev = nullptr;
  GenLink* next = nullptr;
  GeneratorObj* owner = nullptr;
};

struct GeneratorObj : Object {
  GeneratorObj() : Object(ObjKind::Generator) { link.owner = this; }
  GenLink link;  // VM registry (vm.cpp)
  ~GeneratorObj() override;
  std::unique_ptr<Frame> frame;  // null once closed (the frame is released)
  Ref<CodeObj> code;             // kept after close for name/size
  std::string name, qualname;
  GenState state = GenState::Created;
  uint64_t id = 0;            // stable id for the debugger: 1, 2, 3... per run
  int32_t suspendedLine = 0;  // line of the yield it is paused at
  Value yieldFrom;            // the iterator it is delegating to (yield from), or None
  bool finalizing = false;    // being closed because its last reference went
  void traverse(Visitor& visitor) const override;
};

// ---------------------------------------------------------------- callables

struct KwArg {
  Value name;  // StrObj
  Value value;
};
struct Args {
  std::span<const Value> pos;
  std::span<const KwArg> kw;
  size_t size() const { return pos.size(); }
  const Value& operator[](size_t i) const { return pos[i]; }
};
using NativeFn = Value (*)(Interpreter& vm, Args args, const Value& data);

struct BuiltinObj : Object {
  BuiltinObj(std::string n, NativeFn f, Value d = {})
      : Object(ObjKind::Builtin), name(std::move(n)), fn(f), data(std::move(d)) {}
  std::string name;  // "len", "append" ...
  NativeFn fn;
  Value data;                     // per-instance state (e.g. functools.partial's pieces)
  ClassObj* ownerType = nullptr;  // for methods: the type they belong to (for messages)
  // Stands for what is a Python function in CPython (contextmanager's
  // helper, ContextDecorator's inner): read from an instance, it binds to it.
  bool bindsLikeFunction = false;
  // A method: read from an instance of a class holding it, it binds.
  bool binds() const { return ownerType || bindsLikeFunction; }
  void traverse(Visitor& visitor) const override;
};
Value newBuiltin(std::string name, NativeFn fn, Value data = {});

struct BoundMethodObj : Object {
  BoundMethodObj(Value s, Value f) : Object(ObjKind::BoundMethod), self(std::move(s)), func(std::move(f)) {}
  Value self, func;
  void traverse(Visitor& visitor) const override;
};

// What made a PropertyObj: Python's property(), or a built-in type's
// attribute, which CPython makes a getset descriptor ("attribute 'maxlen' of
// 'collections.deque' objects is not writable") or a read-only member
// ("readonly attribute"), each refusing a set or delete in its own words.
// GetSet and Member are a built-in type's; TupleGetter is a namedtuple
// field (collections' _tuplegetter).
enum class DescriptorKind : uint8_t { Property, GetSet, Member, TupleGetter };
struct PropertyObj : Object {
  PropertyObj() : Object(ObjKind::Property) {}
  Value getter, setter, deleter;
  DescriptorKind kind = DescriptorKind::Property;
  void traverse(Visitor& visitor) const override;
};
struct StaticMethodObj : Object {
  explicit StaticMethodObj(Value f, bool isClassMethod)
      : Object(isClassMethod ? ObjKind::ClassMethod : ObjKind::StaticMethod), func(std::move(f)) {}
  Value func;
  void traverse(Visitor& visitor) const override;
};

// ---------------------------------------------------------------- classes

// A class: user-defined or built-in. `mro` starts with the class itself.
// For built-in types `instanceKind` says which ObjKind (or Tag) its values
// have; methods are BuiltinObj entries in `dict`.
struct ClassObj : Object {
  ClassObj() : Object(ObjKind::Class) {}
  std::string name;
  // __qualname__ of a class statement ("A.B", "f.<locals>.C"), which reprs
  // and tracebacks show; empty for built-in types, whose qualname is the name.
  std::string qualname;
  std::string module = "builtins";
  // CPython's tp_name, which messages use, where it is not the name: a C
  // module's type is "collections.deque" ('unhashable type: ...').
  std::string tpName;
  const std::string& messageName() const { return tpName.empty() ? name : tpName; }  // tp_name
  std::vector<Ref<ClassObj>> bases;
  std::vector<ClassObj*> mro;
  Ref<DictObj> dict;
  bool isBuiltin = false;
  // A built-in type whose instances still take attributes, as CPython's
  // OrderedDict and Counter (a Python class there) do; deque's do not.
  bool instancesTakeAttributes = false;
  bool isException = false;     // derives from BaseException
  bool nativeIterator = false;  // the type of native iterators (map, enumerate): no subclasses
  // It or a base defines __getattribute__: every attribute read on its
  // instances calls that (then __getattr__), not the default lookup.
  bool customGetattribute = false;
  NativeFn construct = nullptr;  // built-in types: what type(...) calls
  // __slots__: instances of a class whose chain declares slots (and no
  // __dict__) have exactly these attributes and no __dict__. Their values
  // sit in the instance's dict, which Python code cannot reach.
  bool slotted = false;
  bool slotWeakref = false;            // '__weakref__' among them
  std::vector<std::string> slotNames;  // the chain's, base first
  // CPython's ht_cached_keys: a class whose instances get a managed
  // __dict__ (no __slots__, not an exception, no OrderedDict base) shares one
  // keys table among their dicts; null for the others.
  std::shared_ptr<SharedKeys> cachedKeys;
  const std::string& qualifiedName() const { return qualname.empty() ? name : qualname; }
  // Attribute lookup along the mro; false when absent.
  bool lookup(std::string_view attr, Value& out) const;
  bool isSubclassOf(const ClassObj* other) const;
  void traverse(Visitor& visitor) const override;
};

// CPython's best_base: of a class's bases, the one its instances' layout
// comes from, which type.__base__ names: the base whose solid base (the
// nearest class that adds fields of its own: __slots__, a built-in type's C
// struct) derives from every other base's. Null, with `layoutConflict` set,
// when two bases' solid bases are unrelated ("multiple bases have instance
// lay-out conflict"); null for no bases.
ClassObj* bestBase(const std::vector<Ref<ClassObj>>& bases, bool* layoutConflict = nullptr);

// type_new's managed __dict__: a class without __slots__ whose bases have no
// dict slot of their own (exceptions and OrderedDict have one) gets shared
// keys for its instances' dicts (cachedKeys). Call once mro and slots are set.
void giveSharedKeys(ClassObj& cls);

// A method a user class defines: a Python function, or a native method made
// for that class (the ones @dataclass generates), as opposed to the defaults
// built-in types provide. Dunder dispatch calls only these.
inline bool isUserMethod(const Value& m) {
  if (m.is(ObjKind::Function)) return true;
  if (!m.is(ObjKind::Builtin)) return false;
  const ClassObj* owner = static_cast<const BuiltinObj*>(m.asObj())->ownerType;
  return owner && !owner->isBuiltin;
}

// One frame an exception passed through.
struct TracebackEntry {
  std::string filename;
  std::string funcName;
  SrcSpan span;  // the failing instruction's span
  Value code;    // the frame's CodeObj (NameError suggestions read its names)
};

// An instance of a user class, or an exception.
struct InstanceObj : Object {
  explicit InstanceObj(ClassObj* c);
  Ref<ClassObj> cls;
  Ref<DictObj> dict;  // instance attributes
  // Exception state (only for BaseException instances):
  Value args;  // TupleObj
  // Innermost FIRST: each frame appends its entry as the exception unwinds
  // outward (O(1), so a RecursionError 10^5 frames deep unwinds in linear
  // time); the printer walks it backwards, outermost first.
  std::vector<TracebackEntry> traceback;
  // Locals of the frames this exception left, held as CPython's traceback
  // holds those frames: a generator in such a local is finalised only when
  // the exception goes (at the end of the `except` block that caught it).
  std::vector<Value> frameLocals;
  Value context, cause;  // __context__, __cause__
  bool suppressContext = false;
  bool finalized = false;  // its class's __del__ has run (it runs once)
  // A built-in base (deque, Counter, ...) made it, not object.__new__: CPython
  // has no dict for it yet; the first attribute stored makes one sharing the
  // class's keys, reading __dict__ first makes a plain one (attachSharedKeys).
  bool dictPending = false;
  // The attribute store that makes a pending dict: it then shares the
  // class's keys (new_dict_with_shared_keys).
  void attachSharedKeys();
  void materializeDict() { dictPending = false; }  // __dict__ read: a plain dict
  void traverse(Visitor& visitor) const override;
};

struct ModuleObj : Object {
  explicit ModuleObj(std::string n);
  std::string name;
  Ref<DictObj> dict;
  void traverse(Visitor& visitor) const override;
};

// Every iterator implemented in C++: list_iterator, range_iterator, map, zip,
// enumerate, itertools.count... `next` returns false when exhausted (no
// StopIteration is raised for the common case: for loops ask next directly).
struct NativeIterObj : Object {
  explicit NativeIterObj(const char* tn) : Object(ObjKind::NativeIter), typeName(tn) {}
  const char* typeName;  // Python type name, for repr and errors
  virtual bool next(Interpreter& vm, Value& out) = 0;
  virtual uint32_t cpySize() const { return 48; }  // sys.getsizeof (see memory.h)
  virtual Value lengthHint() const { return {}; }  // None when unknown
  // repr when it is not `<typeName object at 0x...>` (count(0), dict_keys([1, 2])):
  // itemRepr gives the repr of contained values. nullopt for the default.
  virtual std::optional<std::string> customRepr(const std::function<std::string(const Value&)>& /*itemRepr*/) const {
    return std::nullopt;
  }
};

// ---------------------------------------------------------------- built-in types

// The built-in type objects. Created once (thread-safe static initialisation).
struct BuiltinTypes {
  ClassObj *object, *type, *NoneType, *bool_, *int_, *float_, *str, *list, *tuple, *dict, *set, *frozenset, *range,
      *slice, *function, *builtin_function, *method, *code, *cell, *generator, *module, *property, *staticmethod,
      *classmethod, *bytes, *bytearray;
  // Exceptions, with CPython's hierarchy.
  ClassObj *BaseException, *Exception, *GeneratorExit, *KeyboardInterrupt, *SystemExit, *StopIteration,
      *ArithmeticError, *ZeroDivisionError, *OverflowError, *AssertionError, *AttributeError, *LookupError, *IndexError,
      *KeyError, *NameError, *UnboundLocalError, *TypeError, *ValueError, *RuntimeError, *RecursionError,
      *NotImplementedError, *MemoryError, *SyntaxError, *IndentationError, *ImportError, *ModuleNotFoundError,
      *UnicodeError, *StopAsyncIteration;
  // Further built-in exceptions (CPython names and hierarchy).
  ClassObj *EOFError, *FloatingPointError, *BufferError, *ReferenceError, *SystemError, *OSError, *FileNotFoundError,
      *PermissionError, *TimeoutError, *TabError, *UnicodeDecodeError, *UnicodeEncodeError, *Warning, *UserWarning,
      *DeprecationWarning, *RuntimeWarning, *SyntaxWarning, *FutureWarning;
  std::vector<ClassObj*> all;  // every type above, for the builtins module
};
const BuiltinTypes& builtinTypes();
// Makes everything reachable from the types immortal; again after their
// methods are installed.
void immortalizeTypes(const BuiltinTypes& types);

// Runs `fill` with no heap account installed, so objects made once per
// process (types, immortal constants) never count toward a program's memory.
void withoutAccount(const std::function<void()>& fill);
// A built-in class for values the C++ side builds as InstanceObj (dict views,
// deque, partial, sys.stdout, complex): immortal, created once per process
// without touching any VM's heap account.
ClassObj* newNativeClass(std::string_view name, std::string_view module, ClassObj* base = nullptr);

// The one Ellipsis object (the builtin name Ellipsis and the literal `...`),
// the only instance of `ellipsis`; the library gives the type its methods.
Value ellipsisSingleton();
// complex numbers: an instance of `complex` (or of a subclass, `cls`) whose
// args hold (real, imag) as two floats; core/lib/mod_complex.cpp gives the
// type its methods and reads the parts back.
ClassObj* complexType();
Value newComplex(double re, double im, ClassObj* cls = nullptr);
inline const BuiltinTypes& T() {
  return builtinTypes();
}

// An iterator over a dict or a set (`Container`). As in CPython, a change of
// the container's size since the iteration began ends it for good with a
// RuntimeError; until it ends, its length hint is the container's size.
template <class Container>
struct SizeCheckedIter : NativeIterObj {
  SizeCheckedIter(const char* name, Value c)
      : NativeIterObj(name), container(std::move(c)), startSize(container.as<Container>()->size()) {}
  Value container;
  size_t startSize;
  size_t pos = 0;
  bool done = false;
  // The container; RuntimeError `changedMessage` when its size changed.
  Container* checkedContainer(const char* changedMessage) {
    Container* c = container.as<Container>();
    if (c->size() != startSize) {
      done = true;
      throwError(T().RuntimeError, changedMessage);
    }
    return c;
  }
  Value lengthHint() const override { return Value::integer(done ? 0 : int64_t(container.as<Container>()->size())); }
  void traverse(Visitor& v) const override { v.visit(container); }
};

// ---------------------------------------------------------------- generic helpers (types.cpp, hashing.cpp)

// Python type name of a value ("int", "list", "Countdown").
std::string typeName(const Value& v);
ClassObj* typeOf(const Value& v);
// The type of native iterators named `name` ("map", "itertools.count"):
// one per name, shared by every VM and thread.
ClassObj* nativeIterType(const char* name);

// Py_ReprEnter/Py_ReprLeave: held while a container's repr is built, one
// stack per thread for every kind, so a container that reaches itself again
// (a list holding itself, a deque holding a list holding the deque) prints
// [...] instead of recursing forever. Past 1000 nested reprs: RecursionError.
class ReprGuard {
 public:
  explicit ReprGuard(const Object* o);
  ~ReprGuard();
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  bool recursive() const { return m_recursive; }

 private:
  bool m_recursive = false;
};

// repr()/str() of built-in values without calling user code (floats as
// CPython prints them, strings with CPython's quoting). The VM's repr() calls
// user __repr__ first and falls back to these.
std::string reprBuiltin(const Value& v);
// The same, but element reprs of containers (and any instance) go through
// `userRepr`, so the VM can show [Point(1, 2)] using the user's __repr__;
// so do big ints, which the VM checks against the int-to-str digit limit.
std::string reprBuiltin(const Value& v, const std::function<std::string(const Value&)>& userRepr);
// str() of built-in values: a str's own text, an exception's message
// (KeyError shows repr of its key), otherwise reprBuiltin.
std::string strBuiltin(const Value& v);
// "Ellipsis" or "NotImplemented" when `c` is the class of that builtin
// singleton (one immortal instance, made by the builtins module); else null.
const char* builtinSingletonName(const ClassObj& c);
std::string floatRepr(double d);
// The fake, reproducible address repr shows for objects (`<function f at
// 0x7f...>`) and id() should return: stable for an object's lifetime.
uint64_t fakeAddress(const Object* o);
// The same as repr writes it: "0x7f3a5c000e80".
std::string hexAddress(const Object* o);

// Hash and equality by Python rules for built-in values; instances by identity.
uint64_t hashValue(const Value& v);  // throws TypeError for unhashable
bool equalValues(const Value& a, const Value& b);

// Instances of user classes with __hash__/__eq__ as dict keys and set members.
// hashing.cpp cannot run Python code, so the VM installs these hooks for its
// thread; a hook returns false to mean "no user method: use identity". A hook
// may throw PyErr (TypeError: unhashable type when __hash__ is None). Dicts
// and sets restart a lookup when a user __eq__ resized them meanwhile.
struct InstanceHooks {
  bool (*hash)(const Value& instance, uint64_t& out) = nullptr;
  bool (*equal)(const Value& a, const Value& b, bool& out) = nullptr;  // a or b is an instance
};
InstanceHooks& instanceHooks();

}  // namespace ys
