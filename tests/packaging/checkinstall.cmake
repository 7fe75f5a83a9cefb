# Installs the build into a scratch prefix, checks every file a desktop needs is there, then builds the .deb.
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${WORK_DIR}/usr
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
foreach(f bin/digest-studio bin/digestctl
          share/applications/io.github.digest_studio.DigestStudio.desktop
          share/metainfo/io.github.digest_studio.DigestStudio.metainfo.xml
          share/icons/hicolor/scalable/apps/io.github.digest_studio.DigestStudio.svg
          share/digest-studio/translations/digest-studio_zh_CN.qm
          share/man/man1/digestctl.1)
  if(NOT EXISTS ${WORK_DIR}/usr/${f})
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()
execute_process(COMMAND cpack -G DEB -B ${WORK_DIR}/deb --config ${BUILD_DIR}/CPackConfig.cmake
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
file(GLOB debs ${WORK_DIR}/deb/digest-studio_*.deb)
if(NOT rc EQUAL 0 OR NOT debs)
  message(FATAL_ERROR "cpack -G DEB made no package (${rc}):\n${out}")
endif()
execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE contents)
foreach(f usr/bin/digest-studio usr/bin/digestctl usr/share/applications/io.github.digest_studio.DigestStudio.desktop
          usr/share/man/man1/digestctl.1)
  string(FIND "${contents}" "./${f}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the package lacks ${f}")
  endif()
endforeach()
message(STATUS "installed and packaged: ${debs}")
