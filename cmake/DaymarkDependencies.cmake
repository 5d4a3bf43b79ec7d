# Third-party libraries, found once here and exposed as imported targets (Daymark::SQLCipher, Daymark::Botan).
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Concurrent)
if(DAYMARK_BUILD_GUI)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Widgets)
endif()
# Qt 6.4 (Debian 12) is the oldest Qt Daymark builds with: newer Qt warns only about what Qt deprecated up to 6.4, not
# about later deprecations (Qt 6.8 flags Qt::TimeSpec arguments, deprecated for 6.9) whose replacements differ on 6.4.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    target_compile_definitions(daymark-warnings INTERFACE QT_DEPRECATED_WARNINGS_SINCE=0x060400)
endif()
find_package(PkgConfig REQUIRED)

pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
add_library(Daymark::SQLCipher ALIAS PkgConfig::SQLCIPHER)

pkg_check_modules(EXIV2 REQUIRED IMPORTED_TARGET exiv2)
add_library(Daymark::Exiv2 ALIAS PkgConfig::EXIV2)

# Evidence bundles are zip files (libzip streams entries and writes zip64); the PDF cover carries a QR code.
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
add_library(Daymark::Zip ALIAS PkgConfig::LIBZIP)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
add_library(Daymark::QREncode ALIAS PkgConfig::QRENCODE)

# Botan 2 on Debian 12; Botan 3 on newer systems.
pkg_check_modules(BOTAN QUIET IMPORTED_TARGET botan-3)
if(NOT BOTAN_FOUND)
    pkg_check_modules(BOTAN REQUIRED IMPORTED_TARGET botan-2)
endif()
add_library(Daymark::Botan ALIAS PkgConfig::BOTAN)

if(DAYMARK_BUILD_GUI)
    find_path(ZXCVBN_INCLUDE_DIR zxcvbn.h REQUIRED)
    find_library(ZXCVBN_LIBRARY zxcvbn REQUIRED)
    add_library(Daymark::zxcvbn UNKNOWN IMPORTED)
    set_target_properties(Daymark::zxcvbn PROPERTIES IMPORTED_LOCATION "${ZXCVBN_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${ZXCVBN_INCLUDE_DIR}")
endif()

if(DAYMARK_BUILD_TESTS)
    find_package(Catch2 REQUIRED)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Test)
endif()
