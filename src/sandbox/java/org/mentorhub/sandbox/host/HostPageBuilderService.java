package org.mentorhub.sandbox.host;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredData;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Collects, per request, the web resources and data a page asks for; the sandbox decorator then writes the
 * matching {@code <link>}/{@code <script>} tags, as Jira's page builder does.
 */
public final class HostPageBuilderService implements PageBuilderService {
    private final ThreadLocal<Assembler> current = ThreadLocal.withInitial(Assembler::new);

    @Override
    public WebResourceAssembler assembler() {
        return current.get();
    }

    @Override
    public void seed(WebResourceAssembler assembler) {
        current.set((Assembler) assembler);
    }

    /** What the current request required; resets the request's assembler. */
    public Assembler drain() {
        Assembler assembler = current.get();
        current.remove();
        return assembler;
    }

    /** One request's requirements. */
    public static final class Assembler implements WebResourceAssembler, RequiredResources, RequiredData {
        private final Set<String> webResources = new LinkedHashSet<>();
        private final Set<String> contexts = new LinkedHashSet<>();
        private final Map<String, Object> data = new LinkedHashMap<>();

        public Set<String> webResources() {
            return Set.copyOf(webResources);
        }

        public Set<String> contexts() {
            return Set.copyOf(contexts);
        }

        public Map<String, Object> requiredData() {
            return Map.copyOf(data);
        }

        @Override
        public RequiredResources resources() {
            return this;
        }

        @Override
        public RequiredData data() {
            return this;
        }

        @Override
        public WebResourceAssembler copy() {
            Assembler copy = new Assembler();
            copy.webResources.addAll(webResources);
            copy.contexts.addAll(contexts);
            copy.data.putAll(data);
            return copy;
        }

        @Override
        public RequiredResources requireWebResource(String moduleCompleteKey) {
            webResources.add(moduleCompleteKey);
            return this;
        }

        @Override
        public RequiredResources requireModule(String moduleName) {
            throw new UnsupportedOperationException("AMD modules are not used by MentorHub");
        }

        @Override
        public RequiredResources requireContext(String context) {
            contexts.add(context);
            return this;
        }

        @Override
        public RequiredResources requirePage(String page) {
            throw new UnsupportedOperationException("Page resources are not used by MentorHub");
        }

        @Override
        public RequiredResources exclude(Set<String> excludedWebResources, Set<String> excludedContexts) {
            if (excludedWebResources != null) {
                webResources.removeAll(excludedWebResources);
            }
            if (excludedContexts != null) {
                contexts.removeAll(excludedContexts);
            }
            return this;
        }

        @Override
        public RequiredResources excludeSuperbatch() {
            return this;
        }

        @Override
        public RequiredData requireData(String key, Number content) {
            data.put(key, content);
            return this;
        }

        @Override
        public RequiredData requireData(String key, String content) {
            data.put(key, content);
            return this;
        }

        @Override
        public RequiredData requireData(String key, Boolean content) {
            data.put(key, content);
            return this;
        }
    }
}
