# cmake -DGROFF=groff -DMANPAGE=digestctl.1 -P checkmanpage.cmake: the page digestctl wrote at build time is
# clean for `groff -man -ww -z` (every warning on, no output): any warning fails. Then it is rendered as man(1)
# would, as text, and must show its sections and no troff left raw.
if(NOT EXISTS ${MANPAGE})
  message(FATAL_ERROR "${MANPAGE} is missing: the digestctl-manpage target writes it")
endif()
execute_process(COMMAND ${GROFF} -man -ww -z ${MANPAGE}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE warnings)
if(NOT rc EQUAL 0 OR warnings OR out)
  message(FATAL_ERROR "groff -man -ww -z ${MANPAGE} (${rc}):\n${warnings}${out}")
endif()
# As text, without bold and underline (grotty -cbou), so that what a reader sees can be searched.
execute_process(COMMAND ${GROFF} -man -ww -Tascii -P-cbou ${MANPAGE}
                RESULT_VARIABLE rc OUTPUT_VARIABLE page ERROR_VARIABLE warnings)
if(NOT rc EQUAL 0 OR warnings)
  message(FATAL_ERROR "groff -man -Tascii ${MANPAGE} (${rc}):\n${warnings}")
endif()
foreach(text "NAME" "GLOBAL OPTIONS" "COMMANDS" "glossary import" "publish wechat" "--format" "EXIT STATUS")
  string(FIND "${page}" "${text}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the rendered page lacks \"${text}\"")
  endif()
endforeach()
if(page MATCHES "\\\\f[BIRP]|\\\\-|\n\\.[A-Z][A-Z]? ")
  message(FATAL_ERROR "the rendered page shows raw troff")
endif()
message(STATUS "groff -man -ww: ${MANPAGE} is clean")
