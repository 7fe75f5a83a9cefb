# Fails when digest-studio_zh_CN.ts has an unfinished or empty message, or when the sources have a message it
# lacks. With -DEMPTY_ALL=ON every translation of the copy is emptied first: the check must catch that.
file(MAKE_DIRECTORY ${WORK_DIR})
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
# An emptied <translation></translation> without type="unfinished" is as untranslated as an unfinished one.
file(READ ${WORK_DIR}/current_zh_CN.ts ts)
if(EMPTY_ALL)
  string(REGEX REPLACE "<translation>[^<]*</translation>" "<translation></translation>" ts "${ts}")
endif()
string(REGEX MATCHALL "<translation>[ \t\r\n]*</translation>|<translation/>|<numerusform>[ \t\r\n]*</numerusform>"
       empty "${ts}")
list(LENGTH empty count)
if(count GREATER 0)
  list(GET empty 0 first)
  message(FATAL_ERROR "${count} message(s) have an empty Chinese translation in "
                      "translations/digest-studio_zh_CN.ts, the first: ${first}")
endif()
message(STATUS "translations/digest-studio_zh_CN.ts is complete")
