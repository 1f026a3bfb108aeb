package io.github.dialectic.report;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;

/** What the XML reports share. */
final class Xml {
    private Xml() {
    }

    /** What writes a document's root element. */
    interface Body {
        void write(XMLStreamWriter x) throws XMLStreamException;
    }

    /** A UTF-8 XML document on {@code out} (left open), its root written by {@code body}; {@code what} names it in errors. */
    static void document(Writer out, String what, Body body) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(new NonClosingWriter(out));
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            body.write(x);
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("could not write " + what + ": " + e.getMessage(), e);
        }
        out.flush();
    }

    /**
     * Replaces characters XML 1.0 cannot carry at all (control characters other than tab and line breaks, lone
     * surrogates), which a statement excerpt or a quoted identifier may contain; StAX would write them as they are and
     * produce a file no parser reads.
     */
    static String clean(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (b != null) {
                        b.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF
                        && !Character.isLowSurrogate(c));
            }
            if (!ok && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (b != null) {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b == null ? text : b.toString();
    }
}
