// footprint.cpp — the footprint walk of a step (the rule is written out in
// docs/MEMORY.md): the getsizeof sizes of core/runtime/memory.cpp, added up
// over everything reachable from the VM's frames, generators and globals.
// The footprint walk visits every object reachable from the roots once. It
// runs often (the session samples it while recording), so it keeps its
// visited set and work list between calls (one per thread: each VM runs on one
// thread) and never recurses: a linked list of 10^6 tuples is just a long
// work list.
#include "core/debug/footprint.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/runtime/memory.h"
#include "core/vm/vm.h"

namespace ys {

namespace {

constexpr int64_t kTupleBase = CpythonSizes::tupleBase;
constexpr int64_t kFrameBase = CpythonSizes::frameBase;
constexpr int64_t kGenexprFunction = CpythonSizes::genexprFunction;

uint64_t magnitudeOf(int64_t v) {
  return v < 0 ? 0 - uint64_t(v) : uint64_t(v);
}
int64_t objectSize(const Object& o) {
  return getsizeofObjectBytes(o);
}

enum Kind : int {
  kGenerators,
  kFrames,
  kLists,
  kTuples,
  kDicts,
  kSets,
  kInts,
  kFloats,
  kStrings,
  kIterators,
  kOther,
  kKindCount
};
constexpr std::array<const char*, kKindCount> kKindNames = {
    "generators", "frames", "lists", "tuples", "dicts", "sets", "ints", "floats", "strings", "iterators", "other"};

// Open-addressing set of addresses. Slots carry the generation that filled
// them, so starting a new walk is one increment instead of a clear.
class AddressSet {
 public:
  void reset() {
    // Give back a table a huge walk left behind once walks are small again.
    if (m_slots.size() > (size_t(1) << 16) && m_count * 16 < m_slots.size()) m_slots.clear();
    if (++m_gen == 0) {
      for (Slot& s : m_slots) s.gen = 0;
      m_gen = 1;
    }
    m_count = 0;
  }
  // True when p was not in the set (and now is).
  bool insert(const void* p) {
    if ((m_count + 1) * 2 > m_slots.size()) grow();
    const size_t mask = m_slots.size() - 1;
    size_t i = hashOf(p) & mask;
    while (m_slots[i].gen == m_gen) {
      if (m_slots[i].key == p) return false;
      i = (i + 1) & mask;
    }
    m_slots[i] = {p, m_gen};
    ++m_count;
    return true;
  }

 private:
  struct Slot {
    const void* key = nullptr;
    uint32_t gen = 0;
  };
  static size_t hashOf(const void* p) {
    uint64_t x = reinterpret_cast<uintptr_t>(p) >> 3;
    x *= 0x9E3779B97F4A7C15ull;
    return size_t(x >> 20);
  }
  void grow() {
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(std::max<size_t>(1024, old.size() * 2), Slot{});
    const size_t mask = m_slots.size() - 1;
    for (const Slot& s : old) {
      if (s.gen != m_gen) continue;
      size_t i = hashOf(s.key) & mask;
      while (m_slots[i].gen == m_gen) i = (i + 1) & mask;
      m_slots[i] = s;
    }
  }
  std::vector<Slot> m_slots;
  size_t m_count = 0;
  uint32_t m_gen = 1;
};

// Scratch space reused by every walk on this thread.
struct WalkScratch {
  AddressSet seen;
  std::vector<const Object*> work;
  std::vector<int64_t> constInts;
  std::vector<uint64_t> constFloats;  // bit patterns
};
WalkScratch& scratch() {
  thread_local WalkScratch s;
  return s;
}

bool isSmallInt(int64_t v) {
  return v >= -5 && v <= 256;
}

uint64_t floatBits(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return bits;
}

// A 1- or 2-digit int object is a 32 B allocation in CPython (a 1-digit one
// asks for sizeof(PyLongObject), 4 B more than getsizeof says); our inline
// ints stop at 3 digits.
int64_t inlineIntFootprint(int64_t v) {
  return magnitudeOf(v) < (uint64_t(1) << 60) ? 32 : 36;
}

class Walker {
 public:
  explicit Walker(WalkScratch& s) : m_s(s) {
    m_s.seen.reset();
    m_s.work.clear();
    m_s.constInts.clear();
    m_s.constFloats.clear();
  }

  // Code constants are shared (CPython allocates nothing when a constant is
  // evaluated): marking them seen before the walk keeps them out of it.
  void markCode(const CodeObj* code) {
    if (!code || !m_s.seen.insert(code)) return;
    for (const Value& c : code->consts) markConstant(c);
  }
  // Code objects whose functions are program structure: those defined at
  // module level and, through class bodies, the methods of its classes.
  void markStructure(const CodeObj* module) {
    if (!module) return;
    for (const Value& c : module->consts) {
      if (!c.is(ObjKind::Code)) continue;
      const CodeObj* code = c.as<CodeObj>();
      if (isComprehension(code->name)) continue;  // a new function at every evaluation
      m_structural.push_back(code);
      if (code->isClassBody) markStructure(code);
    }
  }

  // The constants found so far (the VM's frames carry the module's code;
  // once the program has ended there are none left to find them from).
  struct Constants {
    std::vector<const CodeObj*> structural;
    std::vector<const void*> objects;
    std::vector<int64_t> ints;
    std::vector<uint64_t> floats;
  };
  void saveConstants(Constants& out) const {
    out.ints = m_s.constInts;
    out.floats = m_s.constFloats;
    out.objects = m_constObjects;
    out.structural = m_structural;
  }
  void restoreConstants(const Constants& in) {
    m_s.constInts.insert(m_s.constInts.end(), in.ints.begin(), in.ints.end());
    m_s.constFloats.insert(m_s.constFloats.end(), in.floats.begin(), in.floats.end());
    for (const void* o : in.objects) m_s.seen.insert(o);
    m_structural = in.structural;
  }

  void sealConstants() {
    sortUnique(m_s.constInts);
    sortUnique(m_s.constFloats);
  }

  // The hot loop of the walk (a list of 10^6 computed ints): locals for the
  // sums so the compiler keeps them in registers.
  void chargeItems(const std::vector<Value>& items) {
    int64_t intBytes = 0, floatBytes = 0;
    const bool anyConstInts = !m_s.constInts.empty(), anyConstFloats = !m_s.constFloats.empty();
    for (const Value& v : items) {
      if (v.isInt()) {
        const int64_t i = v.asInt();
        if (isSmallInt(i) || (anyConstInts && isConstInt(i))) continue;
        intBytes += inlineIntFootprint(i);
      } else if (v.isFloat()) {
        if (!anyConstFloats || !isConstFloat(v.asFloat())) floatBytes += 24;
      } else if (v.isObj()) {
        visit(v.asObj());
      }
    }
    m_bytes[kInts] += intBytes;
    m_bytes[kFloats] += floatBytes;
  }

  void chargeValue(const Value& v) {
    switch (v.tag()) {
      case Tag::Int: {
        const int64_t i = v.asInt();
        if (!isSmallInt(i) && !isConstInt(i)) m_bytes[kInts] += inlineIntFootprint(i);
        return;
      }
      case Tag::Float:
        if (!isConstFloat(v.asFloat())) m_bytes[kFloats] += 24;
        return;
      case Tag::Obj:
        visit(v.asObj());
        return;
      default:
        return;  // None, True, False are singletons; Unbound is no value
    }
  }

  void chargeObject(const Object* o) { visit(o); }

  void chargeFrame(const Frame& f, const DictObj* globals) {
    if (f.generator) {
      visit(f.generator);
      return;
    }  // its frame lives inside it
    m_bytes[kFrames] += kFrameBase + 8 * int64_t(f.locals.size() + f.stack.size());
    chargeSlots(f);
    // The function object a running comprehension, closure or nested def was
    // made from is a run-time object (CPython 3.11 makes one for every
    // evaluation of a list/set/dict comprehension); a module-level def is not.
    if (f.function && !isStructural(f.function->code.get())) visit(f.function.get());
    // A class body fills its namespace dict while it runs; the module's
    // namespace is the globals, walked as a root of its own.
    if (f.localsDict && f.localsDict.get() != globals) visit(f.localsDict.get());
  }

  void run() {
    while (!m_s.work.empty()) {
      const Object* o = m_s.work.back();
      m_s.work.pop_back();
      expand(*o);
    }
  }

  Footprint result() const {
    Footprint fp;
    for (int k = 0; k < kKindCount; ++k) {
      fp.byKind.emplace_back(kKindNames[k], m_bytes[k]);
      fp.totalBytes += m_bytes[k];
    }
    return fp;
  }

 private:
  template <class T>
  static void sortUnique(std::vector<T>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  bool isConstInt(int64_t i) const {
    return !m_s.constInts.empty() && std::binary_search(m_s.constInts.begin(), m_s.constInts.end(), i);
  }
  bool isConstFloat(double d) const {
    return !m_s.constFloats.empty() && std::binary_search(m_s.constFloats.begin(), m_s.constFloats.end(), floatBits(d));
  }

  void markConstant(const Value& c) {
    if (c.isInt()) {
      if (!isSmallInt(c.asInt())) m_s.constInts.push_back(c.asInt());
      return;
    }
    if (c.isFloat()) {
      m_s.constFloats.push_back(floatBits(c.asFloat()));
      return;
    }
    if (!c.isObj()) return;
    const Object* o = c.asObj();
    if (o->kind == ObjKind::Code) {
      markCode(static_cast<const CodeObj*>(o));
      return;
    }
    if (!m_s.seen.insert(o)) return;
    m_constObjects.push_back(o);
    if (o->kind == ObjKind::Tuple) {
      for (const Value& item : static_cast<const TupleObj*>(o)->items) markConstant(item);
    } else if (o->kind == ObjKind::Set) {
      for (const auto& slot : static_cast<const SetObj*>(o)->slots)
        if (slot.state == SetObj::SlotState::Active) markConstant(slot.key);
    }
  }

  void chargeSlots(const Frame& f) {
    for (const Value& v : f.locals) chargeValue(v);
    const size_t live = std::min(f.stack.size(), size_t(std::max(f.sp, 0)));
    for (size_t i = 0; i < live; ++i) chargeValue(f.stack[i]);
    chargeValue(f.currentException);
  }

  // Shared objects are neither counted nor followed.
  static bool isShared(const Object& o) {
    switch (o.kind) {
      case ObjKind::Str: {
        const auto& s = static_cast<const StrObj&>(o);
        return s.interned || (s.length <= 1 && s.maxKind <= 2);
      }
      case ObjKind::Tuple:
        return static_cast<const TupleObj&>(o).items.empty();
      case ObjKind::Bytes: {  // CPython caches b'' and the 256 one-byte bytes
        const auto& b = static_cast<const BytesObj&>(o);
        return !b.isArray && b.data.size() <= 1;
      }
      case ObjKind::Class:
      case ObjKind::Module:
      case ObjKind::Code:
      case ObjKind::Builtin:
        return true;
      default:
        return false;
    }
  }

  // An object with a single reference is reached through that reference
  // only, so it needs no entry in the visited set: in big containers most
  // items are like that, and skipping the set makes the walk several times
  // faster. Generators are the exception: the VM's list of live generators
  // (a root) points at them without holding a reference.
  void visit(const Object* o) {
    if (isShared(*o)) return;
    if ((o->refcount > 1 || o->kind == ObjKind::Generator) && !m_s.seen.insert(o)) return;
    charge(*o);
    if (!hasChildren(*o)) return;
    // Expanding at once while the object is still in cache is faster than
    // queueing it; past a small depth the work list takes over, so deep
    // nesting never deepens the C++ stack.
    if (m_depth < kMaxInlineDepth) {
      ++m_depth;
      expand(*o);
      --m_depth;
    } else {
      m_s.work.push_back(o);
    }
  }

  static bool hasChildren(const Object& o) {
    switch (o.kind) {
      case ObjKind::Str:
      case ObjKind::Bytes:
      case ObjKind::BigInt:
      case ObjKind::Range:
        return false;
      case ObjKind::List:
        return !static_cast<const ListObj&>(o).items.empty();
      case ObjKind::Tuple:
        return true;
      case ObjKind::Dict:
        return static_cast<const DictObj&>(o).count != 0;
      case ObjKind::Set:
        return static_cast<const SetObj&>(o).used != 0;
      case ObjKind::Function: {
        const auto& fn = static_cast<const FunctionObj&>(o);
        return !fn.closure.empty() || !fn.defaults.empty() || fn.kwdefaults;
      }
      default:
        return true;
    }
  }

  void charge(const Object& o) { m_bytes[categoryOf(o.kind)] += bytesOf(o); }

  // The row of the memory panel an object's bytes are shown in.
  static Kind categoryOf(ObjKind kind) {
    switch (kind) {
      case ObjKind::Str:
        return kStrings;
      case ObjKind::BigInt:
        return kInts;
      case ObjKind::List:
        return kLists;
      case ObjKind::Tuple:
        return kTuples;
      case ObjKind::Dict:
        return kDicts;
      case ObjKind::Set:
        return kSets;
      case ObjKind::NativeIter:
        return kIterators;
      case ObjKind::Generator:
        return kGenerators;
      default:
        return kOther;
    }
  }

  // sys.getsizeof of the object, plus what CPython keeps alive beside it that
  // getsizeof leaves out (a genexpr's function, an instance's values array, a
  // function's __closure__ and __defaults__ tuples).
  int64_t bytesOf(const Object& o) const {
    switch (o.kind) {
      case ObjKind::Generator:
        return generatorFootprint(static_cast<const GeneratorObj&>(o));
      case ObjKind::Range:
        return rangeFootprint(static_cast<const RangeObj&>(o));
      case ObjKind::Instance:
        return instanceFootprint(static_cast<const InstanceObj&>(o));
      case ObjKind::Function:
        return functionFootprint(static_cast<const FunctionObj&>(o));
      default:
        return objectSize(o);
    }
  }

  // The functions the program's `def`s, lambdas and classes define at module
  // level are its structure, made once (like code and classes): not counted.
  // A function made while the program runs inside another function (a
  // closure, a nested def, a lambda in a loop) is a new object each time.
  int64_t functionFootprint(const FunctionObj& fn) const {
    if (isStructural(fn.code.get())) return 0;
    int64_t size = objectSize(fn);
    if (!fn.closure.empty()) size += kTupleBase + 8 * int64_t(fn.closure.size());    // __closure__
    if (!fn.defaults.empty()) size += kTupleBase + 8 * int64_t(fn.defaults.size());  // __defaults__
    return size;
  }
  void expandFunction(const FunctionObj& fn) {
    for (const auto& cell : fn.closure)
      if (cell) visit(cell.get());
    for (const Value& d : fn.defaults) chargeValue(d);
    if (fn.kwdefaults) visit(fn.kwdefaults.get());
  }
  static bool isComprehension(const std::string& name) {
    return name == "<listcomp>" || name == "<setcomp>" || name == "<dictcomp>" || name == "<genexpr>";
  }
  bool isStructural(const CodeObj* code) const {
    return std::find(m_structural.begin(), m_structural.end(), code) != m_structural.end();
  }

  // A generator expression's frame also keeps the function object that made
  // it (152 B) alive until the generator finishes.
  static int64_t generatorFootprint(const GeneratorObj& g) {
    int64_t size = objectSize(g);
    if (g.frame && g.code && g.code->name == "<genexpr>") size += kGenexprFunction;
    return size;
  }

  // range() computes its length as an int object, shared when small.
  static int64_t rangeFootprint(const RangeObj& r) { return 48 + (r.length() > 256 ? 32 : 0); }

  // Attributes of a 3.11 instance live in a values array beside it
  // (16 B + 8 B per attribute); its __dict__ is not materialised.
  static int64_t instanceFootprint(const InstanceObj& inst) {
    if (inst.cls && (inst.cls->isException || inst.cls->slotted)) return objectSize(inst);
    return objectSize(inst) + 16 + 8 * int64_t(inst.dict ? inst.dict->count : 0);
  }

  void expand(const Object& o) {
    switch (o.kind) {
      case ObjKind::List:
        chargeItems(static_cast<const ListObj&>(o).items);
        return;
      case ObjKind::Tuple:
        chargeItems(static_cast<const TupleObj&>(o).items);
        return;
      case ObjKind::Dict:
        expandDict(static_cast<const DictObj&>(o));
        return;
      case ObjKind::Set:
        for (const auto& slot : static_cast<const SetObj&>(o).slots)
          if (slot.state == SetObj::SlotState::Active) chargeValue(slot.key);
        return;
      case ObjKind::Cell:
        chargeValue(static_cast<const CellObj&>(o).value);
        return;
      case ObjKind::Function:
        expandFunction(static_cast<const FunctionObj&>(o));
        return;
      case ObjKind::Generator:
        expandGenerator(static_cast<const GeneratorObj&>(o));
        return;
      case ObjKind::Instance:
        expandInstance(static_cast<const InstanceObj&>(o));
        return;
      case ObjKind::BoundMethod: {
        const auto& m = static_cast<const BoundMethodObj&>(o);
        chargeValue(m.self);
        chargeValue(m.func);
        return;
      }
      case ObjKind::Slice: {
        const auto& s = static_cast<const SliceObj&>(o);
        chargeValue(s.start);
        chargeValue(s.stop);
        chargeValue(s.step);
        return;
      }
      case ObjKind::NativeIter:
        expandIterator(o);
        return;
      default:
        return;  // properties and static/class methods: reached only through classes
    }
  }

  void expandDict(const DictObj& d) {
    for (const auto& e : d.entries) {
      if (!e.live) continue;
      chargeValue(e.key);
      chargeValue(e.value);
    }
  }

  void expandGenerator(const GeneratorObj& g) {
    if (g.frame) chargeSlots(*g.frame);
    chargeValue(g.yieldFrom);
  }

  void expandInstance(const InstanceObj& inst) {
    if (inst.dict) {
      if (inst.cls && inst.cls->isException && inst.dict->count != 0) {
        visit(inst.dict.get());  // an exception's __dict__ is a real dict
      } else {
        m_s.seen.insert(inst.dict.get());  // counted inside the instance
        expandDict(*inst.dict);
      }
    }
    chargeValue(inst.args);
    chargeValue(inst.context);
    chargeValue(inst.cause);
  }

  // Iterators are written by several engineers: ask them for their edges.
  void expandIterator(const Object& o) {
    struct Adapter : Visitor {
      explicit Adapter(Walker& w) : walker(w) {}
      void visit(const Value& v) override { walker.chargeValue(v); }
      Walker& walker;
    } adapter(*this);
    o.traverse(adapter);
  }

  static constexpr int kMaxInlineDepth = 16;
  WalkScratch& m_s;
  std::vector<const void*> m_constObjects;
  std::vector<const CodeObj*> m_structural;
  std::array<int64_t, kKindCount> m_bytes{};
  int m_depth = 0;
};

// Module attributes the interpreter sets up before the program runs
// (`__builtins__` is the whole builtins namespace): not the program's memory.
bool isModuleMetadata(const Value& key) {
  if (!key.is(ObjKind::Str)) return false;
  static constexpr std::string_view kNames[] = {"__name__", "__doc__",    "__file__",   "__builtins__",   "__package__",
                                                "__spec__", "__loader__", "__cached__", "__annotations__"};
  const std::string_view k = key.as<StrObj>()->view();
  return std::find(std::begin(kNames), std::end(kNames), k) != std::end(kNames);
}

}  // namespace

Footprint footprint(const VM& vm) {
  ReaderScope reading;  // a reader: takes no program creation numbers
  Walker walker(scratch());
  const std::vector<GeneratorObj*> generators = vm.liveGenerators();
  DictObj* globals = vm.mainGlobals();

  const Frame* bottom = nullptr;
  for (Frame* f = vm.currentFrame(); f; f = f->back) {
    walker.markCode(f->code.get());
    bottom = f;
  }
  if (bottom && bottom->code && bottom->code->name == "<module>") walker.markStructure(bottom->code.get());
  // After the run the module's code is gone from the frames, but its
  // constants still sit in the globals: reuse the ones seen last for this VM.
  // (Only addresses and values are kept, never references.)
  thread_local const VM* cachedVm = nullptr;
  thread_local Walker::Constants cached;
  if (vm.currentFrame()) {
    walker.saveConstants(cached);
    cachedVm = &vm;
  } else if (cachedVm == &vm) {
    walker.restoreConstants(cached);
  }
  for (const GeneratorObj* g : generators) walker.markCode(g->code.get());
  if (globals) {
    for (const auto& e : globals->entries)
      if (e.live && e.value.is(ObjKind::Function)) walker.markCode(e.value.as<FunctionObj>()->code.get());
  }
  walker.sealConstants();

  for (Frame* f = vm.currentFrame(); f; f = f->back) walker.chargeFrame(*f, globals);
  for (const GeneratorObj* g : generators) walker.chargeObject(g);
  if (globals) {
    for (const auto& e : globals->entries)
      if (e.live && !isModuleMetadata(e.key)) walker.chargeValue(e.value);
  }
  walker.run();
  return walker.result();
}

}  // namespace ys
