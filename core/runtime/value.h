// value.h — how the engine represents a Python value.
//
// A Value is 16 bytes: a tag and a payload. None, bool, int (when it fits in
// int64) and float live inline, so arithmetic on them never allocates. Every
// other value is a pointer to a heap Object with an intrusive reference count,
// exactly like CPython: an object dies the moment its last reference goes, so
// a generator dropped mid-loop is closed at the same point as in CPython and a
// `finally` inside it prints at the same moment. (Reference cycles are not
// collected while the program runs; they are rare in teaching programs and
// cost only memory. At exit their finalisers run, as CPython's last
// collections run them: core/vm/exit_collection.cpp.)
//
// An int that overflows int64 becomes a BigIntObj; results that fit again are
// demoted, so "is it small" is always answered by the tag.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <utility>

namespace ys {

enum class ObjKind : uint8_t {
  Str,
  BigInt,
  List,
  Tuple,
  Dict,
  Set,  // also frozenset (SetObj::frozen)
  Range,
  Slice,
  Function,  // a Python function: code + defaults + closure cells + globals
  Builtin,   // a native function (len, print, str.upper, ...)
  BoundMethod,
  Code,
  Cell,
  Generator,
  Class,     // user classes AND built-in types (int, list, ValueError, ...)
  Instance,  // instances of user classes; exceptions are instances too
  Module,
  NativeIter,  // every iterator implemented in C++ (list_iterator, map, zip, itertools.*)
  Property,
  StaticMethod,
  ClassMethod,
  Bytes,  // also bytearray (BytesObj::isArray)
};

// Which of CPython's type slots a built-in kind fills: tp_call (callable()),
// tp_iter (iter() and `*x` accept it) and tp_as_sequence (`n * x` asks it to
// repeat). An Instance fills them through its class, so its row is empty and
// the VM asks the class. Every kind has a row, in the enum's order, so a new
// kind cannot be added without deciding its slots.
struct KindSlots {
  ObjKind kind;
  bool call;
  bool iter;
  bool sequence;
};
// clang-format off
inline constexpr KindSlots kKindSlots[] = {
    //                         call   iter   sequence
    {ObjKind::Str,             false, true,  true},
    {ObjKind::BigInt,          false, false, false},
    {ObjKind::List,            false, true,  true},
    {ObjKind::Tuple,           false, true,  true},
    {ObjKind::Dict,            false, true,  true},
    {ObjKind::Set,             false, true,  true},
    {ObjKind::Range,           false, true,  true},
    {ObjKind::Slice,           false, false, false},
    {ObjKind::Function,        true,  false, false},
    {ObjKind::Builtin,         true,  false, false},
    {ObjKind::BoundMethod,     true,  false, false},
    {ObjKind::Code,            false, false, false},
    {ObjKind::Cell,            false, false, false},
    {ObjKind::Generator,       false, true,  false},
    {ObjKind::Class,           true,  false, false},
    {ObjKind::Instance,        false, false, false},
    {ObjKind::Module,          false, false, false},
    {ObjKind::NativeIter,      false, true,  false},
    {ObjKind::Property,        false, false, false},
    {ObjKind::StaticMethod,    true,  false, false},  // callable since 3.10
    {ObjKind::ClassMethod,     false, false, false},
    {ObjKind::Bytes,           false, true,  true},
};
// clang-format on
consteval bool kindSlotsInEnumOrder() {
  for (size_t i = 0; i < std::size(kKindSlots); ++i)
    if (kKindSlots[i].kind != ObjKind(i)) return false;
  return std::size(kKindSlots) == size_t(ObjKind::Bytes) + 1;
}
static_assert(kindSlotsInEnumOrder(), "kKindSlots needs one row per ObjKind, in order");
inline constexpr const KindSlots& kindSlots(ObjKind kind) {
  return kKindSlots[size_t(kind)];
}

struct Object;

// Unbound marks a local variable slot (Frame::locals) that has no value yet
// (CPython's NULL in fast locals): reading it raises UnboundLocalError, the
// debugger leaves it out of the locals it shows. It never reaches Python code.
enum class Tag : uint8_t { None, Bool, Int, Float, Obj, Unbound };

class Value {
 public:
  Value() : m_tag(Tag::None) { m_u.i = 0; }
  static Value none() { return Value(); }
  static Value boolean(bool b) {
    Value v;
    v.m_tag = Tag::Bool;
    v.m_u.i = b ? 1 : 0;
    return v;
  }
  static Value integer(int64_t i) {
    Value v;
    v.m_tag = Tag::Int;
    v.m_u.i = i;
    return v;
  }
  static Value floating(double d) {
    Value v;
    v.m_tag = Tag::Float;
    v.m_u.f = d;
    return v;
  }
  static Value unbound() {
    Value v;
    v.m_tag = Tag::Unbound;
    return v;
  }
  // Takes a new reference to o (increments its count). o must not be null.
  static inline Value object(Object* o);
  // Adopts o without incrementing: for freshly created objects whose count is 0.
  static inline Value adopt(Object* o);

  Value(const Value& other) : m_tag(other.m_tag), m_u(other.m_u) { retain(); }
  Value(Value&& other) noexcept : m_tag(other.m_tag), m_u(other.m_u) { other.m_tag = Tag::None; }
  Value& operator=(const Value& other) {
    if (this != &other) {
      Value tmp(other);
      swap(tmp);
    }
    return *this;
  }
  Value& operator=(Value&& other) noexcept {
    if (this != &other) {
      Value tmp(std::move(other));
      swap(tmp);
    }
    return *this;
  }
  ~Value() { release(); }
  void swap(Value& other) noexcept {
    std::swap(m_tag, other.m_tag);
    std::swap(m_u, other.m_u);
  }

  Tag tag() const { return m_tag; }
  bool isNone() const { return m_tag == Tag::None; }
  bool isBool() const { return m_tag == Tag::Bool; }
  bool isInt() const { return m_tag == Tag::Int; }  // inline int64 only
  bool isFloat() const { return m_tag == Tag::Float; }
  bool isObj() const { return m_tag == Tag::Obj; }
  bool isUnbound() const { return m_tag == Tag::Unbound; }
  inline bool is(ObjKind k) const;  // isObj() && kind == k

  bool asBool() const { return m_u.i != 0; }
  int64_t asInt() const { return m_u.i; }  // valid for Int and Bool
  double asFloat() const { return m_u.f; }
  Object* asObj() const { return m_u.o; }
  template <class T>
  T* as() const {
    return static_cast<T*>(m_u.o);
  }

  // Identity, as Python's `is`. A float is held by value, so the same float
  // object is the same bits: a NaN is itself (`n is n`, `n in [n]`, a set
  // holding n finds it) and 0.0 is not -0.0, though the two are equal.
  bool identical(const Value& o) const {
    if (m_tag != o.m_tag) return false;
    if (m_tag == Tag::Float) return std::bit_cast<uint64_t>(m_u.f) == std::bit_cast<uint64_t>(o.m_u.f);
    return m_u.i == o.m_u.i;
  }

 private:
  inline void retain() const;
  inline void release();
  Tag m_tag;
  union Payload {
    int64_t i;
    double f;
    Object* o;
  } m_u;
};

// Where live heap bytes are counted. Every Object adds its CPython-equivalent
// size on creation and removes it on destruction (see memory.h for the sizes);
// the memory budget and the "heap" band of the chart read only from here. A
// thread-local pointer because objects die wherever their last reference is
// dropped, far from any VM handle; each VM runs on one thread and installs its
// own HeapAccount while it runs.
struct HeapAccount {
  int64_t liveBytes = 0;  // sum of accounted sizes of live objects
  int64_t peakBytes = 0;  // maximum of liveBytes so far
  int64_t liveObjects = 0;
  uint32_t nextSerial = 0;  // creation numbers of this run's objects (see Object::serial)
  // Creation numbers for objects the debugger's readers make (ReaderScope):
  // a range of their own, far above any program's, so reading never moves
  // the program's sequence.
  uint32_t readerSerial = 0x80000000u;
  void add(int64_t bytes) {
    liveBytes += bytes;
    if (liveBytes > peakBytes) peakBytes = liveBytes;
  }
};
HeapAccount*& currentHeapAccount();

// Held while the debugger reads the program's state (reprs for a snapshot,
// sizes, the footprint): objects made meanwhile take their creation numbers
// from HeapAccount::readerSerial, not from the program's nextSerial. Fake
// addresses and identity hashes come from those numbers, so the program's
// own objects get the same ones whether or not a step was looked at (a set
// of objects iterates alike in a run and in its replay). Nests.
class ReaderScope {
 public:
  ReaderScope() : m_h(currentHeapAccount()) {
    if (m_h) {
      m_saved = m_h->nextSerial;
      m_h->nextSerial = m_h->readerSerial;
    }
  }
  ~ReaderScope() {
    if (m_h) {
      m_h->readerSerial = m_h->nextSerial;
      m_h->nextSerial = m_saved;
    }
  }
  ReaderScope(const ReaderScope&) = delete;
  ReaderScope& operator=(const ReaderScope&) = delete;

 private:
  HeapAccount* m_h;
  uint32_t m_saved = 0;
};

class Visitor;

// Base of every heap object. Virtual so that memory accounting, traversal
// (for the footprint and snapshots) and destruction need no switch over kinds;
// the hot paths of the VM switch on `kind` instead of calling virtuals.
struct Object {
  explicit Object(ObjKind k) : kind(k) {}
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  virtual ~Object() = default;

  // Calls visitor.visit(child) for every Value this object holds a reference to.
  virtual void traverse(Visitor& visitor) const { (void)visitor; }

  uint32_t refcount = 0;  // number of Values pointing here
  ObjKind kind;
  uint32_t accounted = 0;  // bytes this object currently adds to the HeapAccount
  // Creation number within the run (0 for objects made outside a VM). Fake
  // addresses in reprs derive from it, so replaying a run shows the same text.
  uint32_t serial = 0;
  // Adjusts this object's share of the heap account (call when it grows/shrinks).
  void setAccounted(uint32_t bytes) {
    if (HeapAccount* h = currentHeapAccount()) h->add(int64_t(bytes) - int64_t(accounted));
    accounted = bytes;
  }
};

class Visitor {
 public:
  virtual ~Visitor() = default;
  virtual void visit(const Value& v) = 0;
};

void destroyObject(Object* o);  // value.cpp: subtracts the account, then deletes

inline Value Value::object(Object* o) {
  Value v;
  v.m_tag = Tag::Obj;
  v.m_u.o = o;
  ++o->refcount;
  return v;
}
inline Value Value::adopt(Object* o) {
  return object(o);
}
inline bool Value::is(ObjKind k) const {
  return m_tag == Tag::Obj && m_u.o->kind == k;
}
inline void Value::retain() const {
  if (m_tag == Tag::Obj) ++m_u.o->refcount;
}
inline void Value::release() {
  if (m_tag == Tag::Obj && --m_u.o->refcount == 0) destroyObject(m_u.o);
}

// A strong reference to a specific object type (used inside objects).
template <class T>
class Ref {
 public:
  Ref() = default;
  Ref(T* p) : m_p(p) {
    if (m_p) ++m_p->refcount;
  }  // NOLINT: implicit by design
  Ref(const Ref& o) : Ref(o.m_p) {}
  Ref(Ref&& o) noexcept : m_p(o.m_p) { o.m_p = nullptr; }
  Ref& operator=(Ref o) noexcept {
    std::swap(m_p, o.m_p);
    return *this;
  }
  ~Ref() {
    if (m_p && --m_p->refcount == 0) destroyObject(m_p);
  }
  T* get() const { return m_p; }
  T* operator->() const { return m_p; }
  T& operator*() const { return *m_p; }
  explicit operator bool() const { return m_p != nullptr; }
  Value value() const { return m_p ? Value::object(m_p) : Value(); }

 private:
  T* m_p = nullptr;
};

// sys.getsizeof of the object as 64-bit CPython 3.11 reports it (memory.cpp).
uint32_t getsizeofObject(const Object& o);

// Creates an object and accounts for it. Usage: Ref<ListObj> l = make<ListObj>();
// Objects whose size changes later (list append, dict growth) call
// setAccounted(getsizeofObject(*this)) themselves after the change.
template <class T, class... A>
T* make(A&&... args) {
  T* o = new T(std::forward<A>(args)...);
  if (HeapAccount* h = currentHeapAccount()) {
    ++h->liveObjects;
    o->serial = ++h->nextSerial;
  }
  o->setAccounted(getsizeofObject(*o));
  return o;
}

}  // namespace ys
