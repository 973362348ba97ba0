// mod_types.cpp — the types module's names for the built-in types a program
// can meet but not name otherwise: GeneratorType above all, which lessons
// test with isinstance(g, types.GeneratorType), and the function, method,
// module and code types beside it. Each is the engine's own type object, so
// isinstance() and `is` answer as in CPython. The names CPython has and the
// engine lacks (SimpleNamespace, FrameType, ...) are refused by name.
#include "core/lib/builtins.h"
#include "core/lib/builtins_util.h"

namespace ys {

Value makeTypesModule(Interpreter& vm) {
  const BuiltinTypes& t = T();
  auto type = [](ClassObj* cls) { return Value::object(cls); };
  return newModule("types", {},
                   {{"FunctionType", type(t.function)},
                    {"LambdaType", type(t.function)},
                    {"GeneratorType", type(t.generator)},
                    {"CodeType", type(t.code)},
                    {"CellType", type(t.cell)},
                    {"MethodType", type(t.method)},
                    {"BuiltinFunctionType", type(t.builtin_function)},
                    {"BuiltinMethodType", type(t.builtin_function)},
                    {"ModuleType", type(t.module)},
                    {"NoneType", type(t.NoneType)},
                    {"EllipsisType", type(typeOf(ellipsisSingleton()))},
                    {"NotImplementedType", type(typeOf(notImplemented(vm)))}});
}

}  // namespace ys
