// exit_collection.cpp — the finalisers that run as the interpreter exits, in
// the order CPython 3.11's garbage collector runs them.
//
// What CPython does, read from Py_FinalizeEx and gcmodule.c and checked with
// python3 (tests/scripts/cleanup/exit_*.py):
// 1. A full collection runs while __main__ is still alive. Cyclic garbage is
//    finalised then, in list order. Every survivor stays, but move_unreachable
//    reorders the list: an object scanned before anything reachable pointed
//    at it is put aside, and moved to the end once something does, in the
//    order it is reached. The module's dict is old, so it is scanned first and
//    what it names directly keeps its place; what is reached only through
//    another object (a list's items, a pipeline's inner stages) moves behind.
// 2. finalize_modules drops __main__ from sys.modules. Its dict lives on only
//    through cycles (each function's __globals__), so the last collection
//    finds the module's objects unreachable and calls their finalisers in list
//    order, every global still bound. A generator that reference counting
//    frees meanwhile (the inner stages of a pipeline whose outer stage was
//    just closed) is finalised on the spot, as its dealloc does.
// Then the names are cleared; nothing of the program is left to finalise.
//
// The engine has no collector lists. Its objects are numbered in creation
// order (Object::serial), which is the order CPython's youngest generation
// holds them in, and the module's dict comes first. Only the objects from
// which a finaliser can be reached take part: whether the others are scanned
// early or late moves nothing that has one, and a program's data (a million
// strings) costs the exit one walk. The collections CPython
// makes during a run (every 700 net allocations of containers) reorder its
// lists too; they are not modelled, so a program that made many objects can
// see its exit finalisers in another order than CPython's.
#include <algorithm>
#include <unordered_map>

#include "core/runtime/finalize.h"
#include "core/runtime/object_internal.h"
#include "core/vm/vm_internal.h"

namespace ys {

namespace {

// The objects the program left, as CPython's collector lists them, with the
// references between them. A node is an engine object, or the one object
// CPython has where the engine has none: a function's closure tuple
// (BUILD_TUPLE, just before MAKE_FUNCTION).
class Heap {
 public:
  Heap(DictObj* globals, const std::vector<GeneratorObj*>& generators) {
    add(globals);
    for (GeneratorObj* gen : generators) add(gen);
    for (size_t i = 0; i < m_nodes.size(); ++i) m_edges.push_back(childrenOf(i, true));
    // A class's dict is made just before the class (type_new copies the
    // namespace, then allocates the type), whenever the engine made it.
    for (const Node& n : m_nodes)
      if (n.object && n.object->kind == ObjKind::Class)
        if (auto it = m_index.find(static_cast<const ClassObj*>(n.object)->dict.get()); it != m_index.end())
          m_nodes[it->second].madeAt = n.madeAt - 1;
  }

  size_t size() const { return m_nodes.size(); }
  Object* object(size_t i) const { return m_nodes[i].object; }  // null for a closure tuple
  bool alive(size_t i, const DeletionWatch& watch) const { return watch.alive(owner(m_nodes[i])); }

  // The nodes from which one with a pending finaliser can be reached, the
  // module's dict (node 0) first, then in creation order: the list the
  // collections scan. Empty when nothing has a finaliser to run.
  std::vector<size_t> listOrder() const {
    std::vector<std::vector<size_t>> referrers(m_nodes.size());
    for (size_t i = 0; i < m_nodes.size(); ++i)
      for (size_t child : m_edges[i]) referrers[child].push_back(i);
    std::vector<bool> leads(m_nodes.size(), false);
    std::vector<size_t> work;
    for (size_t i = 0; i < m_nodes.size(); ++i)
      if (m_nodes[i].object && hasPendingFinalizer(m_nodes[i].object)) {
        leads[i] = true;
        work.push_back(i);
      }
    if (work.empty()) return {};
    while (!work.empty()) {
      const size_t i = work.back();
      work.pop_back();
      for (size_t from : referrers[i])
        if (!leads[from]) {
          leads[from] = true;
          work.push_back(from);
        }
    }
    std::vector<size_t> order;
    for (size_t i = 1; i < m_nodes.size(); ++i)
      if (leads[i]) order.push_back(i);
    std::sort(order.begin(), order.end(), [this](size_t a, size_t b) { return m_nodes[a].madeAt < m_nodes[b].madeAt; });
    order.insert(order.begin(), 0);
    return order;
  }

  // Reads the references again after finalisers ran (a closed generator no
  // longer holds its frame's locals), for the nodes of `order` still alive.
  void refresh(const std::vector<size_t>& order) {
    for (size_t i : order) m_edges[i] = childrenOf(i, false);
  }

  // gc_refs of the nodes of `order`: the references to each from outside
  // them (update_refs, then subtract_refs), the dict's counted as `dictRefs`.
  // No node outside `order` refers to one in it: whatever refers to a node
  // that leads to a finaliser leads to it too.
  std::vector<int64_t> externalRefs(const std::vector<size_t>& order, int64_t dictRefs) const {
    std::vector<int64_t> refs(m_nodes.size(), 0);
    for (size_t i : order) refs[i] = m_nodes[i].object ? m_nodes[i].object->refcount : 1;
    for (size_t i : order)
      for (size_t child : m_edges[i]) --refs[child];
    for (int64_t& r : refs) r = std::max<int64_t>(r, 0);
    refs[0] = dictRefs;
    return refs;
  }

  const std::vector<size_t>& children(size_t i) const { return m_edges[i]; }

 private:
  struct Node {
    Object* object = nullptr;
    const FunctionObj* closureOf = nullptr;
    uint64_t madeAt = 0;  // the place in creation order
  };
  static const void* key(const Node& n) {
    return n.object ? static_cast<const void*>(n.object) : &n.closureOf->closure;
  }
  static const Object* owner(const Node& n) { return n.object ? n.object : n.closureOf; }

  // What node i refers to, in the order its tp_traverse visits them; with
  // `grow`, objects not yet in the heap are added, else they are left out.
  // - An instance's attributes are its own, as CPython 3.11's inline values
  //   are: its attribute dict is no node (made before the instance, it would
  //   be scanned first and reorder what it holds).
  // - A function refers to its closure tuple, which refers to the cells.
  // - list_traverse and tupletraverse visit the items last first.
  std::vector<size_t> childrenOf(size_t i, bool grow) {
    std::vector<size_t> out;
    auto take = [&](const void* k, auto&& make) {
      auto it = m_index.find(k);
      if (it != m_index.end())
        out.push_back(it->second);
      else if (grow && make())
        out.push_back(m_nodes.size() - 1);
    };
    const Node n = m_nodes[i];
    if (n.closureOf) {
      for (const Ref<CellObj>& cell : n.closureOf->closure) take(cell.get(), [&] { return add(cell.get()); });
      return out;
    }
    struct Collect : Visitor {
      std::vector<Object*> objects;
      const Object* throughDict = nullptr;
      const FunctionObj* closureOf = nullptr;
      void visit(const Value& v) override {
        if (!v.isObj()) return;
        Object* o = v.asObj();
        if (o == throughDict) return o->traverse(*this);
        if (closureOf && o->kind == ObjKind::Cell)
          for (const Ref<CellObj>& cell : closureOf->closure)
            if (cell.get() == o) return;
        objects.push_back(o);
      }
    } collect;
    const ObjKind kind = n.object->kind;
    if (kind == ObjKind::Instance) collect.throughDict = static_cast<const InstanceObj*>(n.object)->dict.get();
    if (kind == ObjKind::Function && !static_cast<const FunctionObj*>(n.object)->closure.empty())
      collect.closureOf = static_cast<const FunctionObj*>(n.object);
    n.object->traverse(collect);
    if (kind == ObjKind::List || kind == ObjKind::Tuple) std::reverse(collect.objects.begin(), collect.objects.end());
    for (Object* o : collect.objects) take(o, [&] { return add(o); });
    if (const FunctionObj* fn = collect.closureOf) take(&fn->closure, [&] { return addClosure(fn); });
    return out;
  }

  // False for what is not the program's: immortal objects (types, interned
  // strings), and a str or an int, which refer to nothing and have no
  // finaliser, so cannot move anything that has one.
  bool add(Object* o) {
    if (o->refcount >= kImmortalRefcount || o->kind == ObjKind::Str || o->kind == ObjKind::BigInt) return false;
    m_index.emplace(o, m_nodes.size());
    m_nodes.push_back({o, nullptr, uint64_t(o->serial) * 4 + 2});
    return true;
  }
  bool addClosure(const FunctionObj* fn) {
    m_index.emplace(&fn->closure, m_nodes.size());
    m_nodes.push_back({nullptr, fn, uint64_t(fn->serial) * 4 + 1});
    return true;
  }

  std::vector<Node> m_nodes;
  std::vector<std::vector<size_t>> m_edges;  // children of each node
  std::unordered_map<const void*, size_t> m_index;
};

// gcmodule.c's move_unreachable over `order` (node indices, in list order).
// Returns the survivors in their new list order and, in `unreachable`, the
// rest in the order they were put aside, which is `order`'s: an object moved
// to the end is reachable and never set aside again.
std::vector<size_t> moveUnreachable(const Heap& heap, const std::vector<size_t>& order, std::vector<int64_t> refs,
                                    std::vector<size_t>& unreachable) {
  constexpr size_t kNone = SIZE_MAX;
  std::vector<size_t> young = order;
  std::vector<size_t> position(heap.size(), kNone);
  std::vector<bool> setAside(heap.size(), false);
  for (size_t k = 0; k < young.size(); ++k) position[young[k]] = k;
  for (size_t k = 0; k < young.size(); ++k) {
    const size_t i = young[k];
    if (position[i] != k) continue;  // moved further down the list
    if (refs[i] == 0) {
      setAside[i] = true;
      position[i] = kNone;
      continue;
    }
    for (size_t child : heap.children(i)) {
      if (setAside[child]) {
        setAside[child] = false;
        position[child] = young.size();
        young.push_back(child);
        refs[child] = 1;
      } else if (position[child] != kNone && refs[child] == 0) {
        refs[child] = 1;  // reachable; scanned where it stands
      }
    }
  }
  std::vector<size_t> survivors;
  for (size_t k = 0; k < young.size(); ++k)
    if (position[young[k]] == k) survivors.push_back(young[k]);
  for (size_t i : order)
    if (setAside[i]) unreachable.push_back(i);
  return survivors;
}

}  // namespace

void finalizeAtExit(VM::Impl& I, const std::vector<GeneratorObj*>& generators) {
  Heap heap(I.globals.get(), generators);
  const std::vector<size_t> listOrder = heap.listOrder();
  if (listOrder.empty()) return;
  DeletionWatch alive;
  for (size_t i = 0; i < heap.size(); ++i)
    if (heap.object(i)) alive.add(heap.object(i));
  auto finalizeInOrder = [&](const std::vector<size_t>& order) {
    for (size_t i : order) {
      if (I.pendingAbort) return;
      Object* o = heap.object(i);
      if (!o || !heap.alive(i, alive)) continue;  // a closure tuple, or freed by an earlier finaliser
      Value hold = Value::object(o);
      callFinalizer(o);
    }
  };
  // 1. The full collection with the module alive: its dict is reachable.
  std::vector<size_t> garbage;
  std::vector<size_t> survivors = moveUnreachable(heap, listOrder, heap.externalRefs(listOrder, 1), garbage);
  finalizeInOrder(garbage);
  // 2. The last collection: nothing outside holds the dict any more. What is
  // still reachable (from the exception that ended the run, say) is not the
  // collector's to finalise.
  survivors.erase(std::remove_if(survivors.begin(), survivors.end(), [&](size_t i) { return !heap.alive(i, alive); }),
                  survivors.end());
  if (!garbage.empty()) heap.refresh(survivors);
  std::vector<size_t> unreachable;
  moveUnreachable(heap, survivors, heap.externalRefs(survivors, 0), unreachable);
  finalizeInOrder(unreachable);
}

}  // namespace ys
