# madoguchi_common carries the language level, warnings and Qt strictness
# defines to every target of the project; link it PRIVATE everywhere.
add_library(madoguchi_common INTERFACE)
target_compile_features(madoguchi_common INTERFACE cxx_std_20)
target_include_directories(madoguchi_common INTERFACE ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR})
target_compile_definitions(madoguchi_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    MADOGUCHI_VERSION="${PROJECT_VERSION}")
target_compile_options(madoguchi_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
if(MADOGUCHI_WERROR)
    target_compile_options(madoguchi_common INTERFACE -Werror)
endif()

option(MADOGUCHI_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(MADOGUCHI_SANITIZE)
    target_compile_options(madoguchi_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(madoguchi_common INTERFACE -fsanitize=address,undefined)
endif()

# The headers every translation unit of a layer pulls in; one precompiled
# header per library keeps a cold CI build short on two cores.
set(MADOGUCHI_CORE_PCH <QtCore/QtCore>)
set(MADOGUCHI_NETWORK_PCH <QtCore/QtCore> <QtNetwork/QtNetwork>)
set(MADOGUCHI_WIDGETS_PCH <QtCore/QtCore> <QtGui/QtGui> <QtWidgets/QtWidgets>)
