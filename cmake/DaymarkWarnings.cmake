# Compiler warnings for Daymark's own targets: an interface target each of them links privately.
add_library(daymark-warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(daymark-warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wformat=2)
    if(DAYMARK_WERROR)
        target_compile_options(daymark-warnings INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(daymark-warnings INTERFACE /W4 $<$<BOOL:${DAYMARK_WERROR}>:/WX>)
endif()
target_compile_definitions(daymark-warnings INTERFACE QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER)
