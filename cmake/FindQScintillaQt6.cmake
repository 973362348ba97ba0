# FindQScintillaQt6 — locate QScintilla built for Qt 6.
#
# Debian 12's libqscintilla2-qt6-dev ships NO CMake config and NO pkg-config
# file, only a qmake .prf, so this module finds the pieces by hand:
#   headers : <qt6 include dir>/Qsci/*.h   (Debian: /usr/include/x86_64-linux-gnu/qt6/Qsci)
#   library : libqscintilla2_qt6.so        (Debian: /usr/lib/x86_64-linux-gnu)
# and wraps them in the imported target QScintilla::QScintilla, so that a
# missing package fails at configure time rather than at link time.
# Include headers as <Qsci/qsciscintilla.h>.
find_package(Qt6 REQUIRED COMPONENTS Widgets PrintSupport)
get_target_property(_qt6_core_inc Qt6::Core INTERFACE_INCLUDE_DIRECTORIES)
find_path(QSCINTILLA_INCLUDE_DIR NAMES Qsci/qsciscintilla.h
          HINTS ${_qt6_core_inc} PATH_SUFFIXES qt6)
find_library(QSCINTILLA_LIBRARY NAMES qscintilla2_qt6 qscintilla2-qt6)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QScintillaQt6 REQUIRED_VARS QSCINTILLA_LIBRARY QSCINTILLA_INCLUDE_DIR)
if(QScintillaQt6_FOUND AND NOT TARGET QScintilla::QScintilla)
  add_library(QScintilla::QScintilla UNKNOWN IMPORTED)
  set_target_properties(QScintilla::QScintilla PROPERTIES
    IMPORTED_LOCATION "${QSCINTILLA_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${QSCINTILLA_INCLUDE_DIR}"
    INTERFACE_COMPILE_DEFINITIONS QSCINTILLA_DLL
    INTERFACE_LINK_LIBRARIES "Qt6::Widgets;Qt6::PrintSupport")
endif()
mark_as_advanced(QSCINTILLA_INCLUDE_DIR QSCINTILLA_LIBRARY)
unset(_qt6_core_inc)
