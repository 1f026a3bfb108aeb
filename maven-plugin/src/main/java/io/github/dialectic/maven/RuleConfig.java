package io.github.dialectic.maven;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code <rule>} element of the plugin configuration:
 *
 * <pre>{@code
 * <rule>
 *   <id>nullable-unique-key</id>
 *   <severity>warning</severity>      <!-- error | warning | info -->
 *   <enabled>false</enabled>          <!-- turns the rule off -->
 *   <options><name>value</name></options>
 * </rule>
 * }</pre>
 */
public class RuleConfig {

    /** The rule id, as shown in brackets in findings. */
    private String id;

    /** A new severity for the rule's findings; unset keeps the rule's own. */
    private String severity;

    /** {@code false} turns the rule off. */
    private boolean enabled = true;

    /** Rule options by name. */
    private Map<String, String> options = new LinkedHashMap<>();

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Map<String, String> getOptions() {
        return options;
    }

    public void setOptions(Map<String, String> options) {
        this.options = options == null ? new LinkedHashMap<>() : options;
    }
}
