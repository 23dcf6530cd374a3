package org.wardstat.web;

import java.util.List;
import java.util.Locale;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.wardstat.system.Messages;

/**
 * The pages speak Vietnamese unless the reader asks for English with ?lang=en (kept for the
 * session), from the same messages_*.properties the command line and the reports use.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        // there is no messages.properties: an unknown language gets Vietnamese, never the server's locale
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Messages.VIETNAMESE);
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        SessionLocaleResolver resolver = new SessionLocaleResolver();
        resolver.setDefaultLocale(Messages.VIETNAMESE);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** A controller method takes a {@link Viewer} parameter: the one {@link PageModel} made for this request. */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Viewer.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                          WebDataBinderFactory binders) {
                Object viewer = container == null ? null : container.getModel().get("viewer");
                if (viewer == null) {
                    throw new IllegalStateException("No signed-in user for " + parameter.getMethod());
                }
                return viewer;
            }
        });
    }

    /** The texts for services that take wardstat's own Messages (the load, the reports) in the reader's language. */
    static Messages messages(Locale locale) {
        return Messages.forLanguage(locale.getLanguage());
    }
}
