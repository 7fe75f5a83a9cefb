# Compile settings shared by every target of the project: the guide's Qt definitions and the warning policy.
add_library(digest_options INTERFACE)
target_compile_definitions(digest_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x050F00
  DIGEST_VERSION="${PROJECT_VERSION}"
  DIGEST_QT_MAJOR=${QT_MAJOR_VERSION})
if(DIGEST_HAVE_KSYNTAXHIGHLIGHTING)
  target_compile_definitions(digest_options INTERFACE
    DIGEST_HAVE_KSYNTAXHIGHLIGHTING=1 DIGEST_KSH_VERSION="${DIGEST_KSH_VERSION}")
endif()
target_compile_options(digest_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                -Wold-style-cast -Woverloaded-virtual)
if(DIGEST_WERROR)
  target_compile_options(digest_options INTERFACE -Werror)
endif()
if(DIGEST_SANITIZE)
  target_compile_options(digest_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                  -fno-sanitize-recover=undefined)
  target_link_options(digest_options INTERFACE -fsanitize=address,undefined)
endif()
if(DIGEST_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "DIGEST_FUZZ needs clang (libFuzzer): configure with the fuzz preset or CXX=clang++-14")
  endif()
  # Coverage for libFuzzer and ASan + UBSan in everything the fuzz targets link; the targets add -fsanitize=fuzzer.
  target_compile_options(digest_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                  -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(digest_options INTERFACE -fsanitize=address,undefined)
endif()
