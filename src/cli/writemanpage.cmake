# cmake -DPROGRAM=digestctl -DOUTPUT=digestctl.1 -P writemanpage.cmake: the page the program writes with its
# hidden --man option, replaced only when the program succeeded. The environment is cleared of what could
# colour the page (the user's data folder is named as $XDG_DATA_HOME in it anyway).
set(ENV{LC_ALL} C.UTF-8)
execute_process(COMMAND ${PROGRAM} --man
                OUTPUT_FILE ${OUTPUT}.new ERROR_VARIABLE errors RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR errors)
  file(REMOVE ${OUTPUT}.new)
  message(FATAL_ERROR "${PROGRAM} --man failed (${rc}): ${errors}")
endif()
file(RENAME ${OUTPUT}.new ${OUTPUT})
