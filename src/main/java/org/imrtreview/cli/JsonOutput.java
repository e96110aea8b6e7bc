package org.imrtreview.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.imrtreview.logging.VisibleText;

/**
 * The commands' JSON writer: indented, and control and direction-control characters from a
 * submission written as JSON escapes, so a file name carrying U+202E or an escape sequence cannot
 * reorder or recolour a terminal that shows the JSON (issue 20 item 7). The values are unchanged.
 */
final class JsonOutput {

    private JsonOutput() {
    }

    static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        m.getFactory().setCharacterEscapes(VisibleText.jsonEscapes());
        return m;
    }
}
