# Fails when digest-studio_zh_CN.ts has an unfinished message, or when the sources have a message it lacks.
file(COPY_FILE ${TS_FILE} ${WORK_DIR}/current_zh_CN.ts)
execute_process(
  COMMAND ${LUPDATE} -silent -no-obsolete -locations none -source-language en
          ${SOURCE_DIR}/src ${SOURCE_DIR}/ui -ts ${WORK_DIR}/current_zh_CN.ts
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(STRINGS ${WORK_DIR}/current_zh_CN.ts unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
  execute_process(COMMAND grep -B3 "type=\"unfinished\"" ${WORK_DIR}/current_zh_CN.ts OUTPUT_VARIABLE context)
  message(FATAL_ERROR "${count} message(s) lack a Chinese translation; run the update-translations target "
                      "and translate them in translations/digest-studio_zh_CN.ts:\n${context}")
endif()
message(STATUS "translations/digest-studio_zh_CN.ts is complete")
