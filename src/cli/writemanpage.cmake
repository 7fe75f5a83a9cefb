# cmake -DPROGRAM=digestctl -DOUTPUT=digestctl.1 -P writemanpage.cmake: the page the program writes with its
# hidden --man option, replaced only when the program succeeded. A fixed locale; the page names the user's
# data folder as $XDG_DATA_HOME, so the builder's home never shows in it.
set(ENV{LC_ALL} C.UTF-8)
# In the sanitizer builds a leak at exit is the tests' to find, not a reason to fail writing the page.
set(ENV{ASAN_OPTIONS} "detect_leaks=0")
execute_process(COMMAND ${PROGRAM} --man
                OUTPUT_FILE ${OUTPUT}.new ERROR_VARIABLE errors RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(REMOVE ${OUTPUT}.new)
  message(FATAL_ERROR "${PROGRAM} --man failed (${rc}): ${errors}")
endif()
if(errors)
  message(WARNING "${PROGRAM} --man said: ${errors}")
endif()
file(RENAME ${OUTPUT}.new ${OUTPUT})
