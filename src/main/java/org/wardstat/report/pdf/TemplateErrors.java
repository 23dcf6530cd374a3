package org.wardstat.report.pdf;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataset;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRExpression;
import net.sf.jasperreports.engine.JRExpressionCollector;
import net.sf.jasperreports.engine.design.JRValidationException;
import net.sf.jasperreports.engine.design.JRValidationFault;
import net.sf.jasperreports.engine.design.JasperDesign;
import org.wardstat.system.Messages;

/**
 * Turns what JasperReports throws for a broken JRXML into a {@link TemplateException} that says
 * where in the file the problem is: the parser's position for malformed XML and for unknown or
 * badly valued elements and attributes, and for an expression that does not compile, the line
 * where the expression's text sits in the file.
 */
final class TemplateErrors {

    /** The compiler's report: "1. reason", the generated line ending in "//$JR_EXPR_ID=8$". */
    private static final Pattern COMPILE_ERROR = Pattern.compile("(?m)^\\d+\\. (.+)\\R.*\\$JR_EXPR_ID=(\\d+)\\$");
    private static final Pattern FIRST_COMPILE_ERROR = Pattern.compile("(?m)^\\d+\\. (.+)$");
    private static final Pattern NOT_FOUND = Pattern.compile("(Field|Parameter|Variable) not found : (\\S+)");

    private final Messages messages;
    private final Path file;
    private final String shownName;

    TemplateErrors(Messages messages, Path file, String shownName) {
        this.messages = messages;
        this.file = file;
        this.shownName = shownName;
    }

    TemplateException missing(NoSuchFileException e) {
        return exception(0, messages.get("template.missing"), e);
    }

    TemplateException notUtf8(Exception e) {
        return exception(0, messages.get("template.not-utf8"), e);
    }

    /** The XML could not be read into a report design. */
    TemplateException loading(RuntimeException e) {
        JacksonException jackson = deepest(e, JacksonException.class);
        if (jackson == null) {
            return exception(0, messages.get("template.invalid", e.getMessage()), e);
        }
        JsonLocation location = jackson.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        return exception(line, describe(jackson), e);
    }

    /** The design was read but does not validate or its expressions do not compile. */
    TemplateException compiling(JRException e, JasperDesign design, String xml) {
        if (e instanceof JRValidationException validation) {
            return validation(validation, xml);
        }
        String message = String.valueOf(e.getMessage());
        Matcher error = COMPILE_ERROR.matcher(message);
        if (error.find()) {
            JRExpression expression = expression(design, Integer.parseInt(error.group(2)));
            if (expression != null) {
                return expressionProblem(expression, error.group(1), xml, e);
            }
        }
        Matcher first = FIRST_COMPILE_ERROR.matcher(message);
        return exception(0, messages.get("template.invalid", first.find() ? first.group(1) : message), e);
    }

    private TemplateException validation(JRValidationException e, String xml) {
        JRValidationFault fault = e.getFaults().iterator().next();
        if (fault.getSource() instanceof JRExpression expression) {
            return expressionProblem(expression, fault.getMessage(), xml, e);
        }
        return exception(0, messages.get("template.invalid", fault.getMessage()), e);
    }

    private TemplateException expressionProblem(JRExpression expression, String cause, String xml, Exception e) {
        String text = expression.getText().strip();
        String reason = messages.get("template.expression", text, translate(cause));
        return exception(lineOf(xml, text), reason, e);
    }

    /** "Field not found : nope" in the user's language; the compiler's own words otherwise. */
    private String translate(String cause) {
        Matcher notFound = NOT_FOUND.matcher(cause);
        if (!notFound.find()) {
            return cause.strip();
        }
        return messages.get("template.not-found." + notFound.group(1).toLowerCase(), notFound.group(2));
    }

    private String describe(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return messages.get("template.unknown", unknown.getPropertyName());
        }
        if (e instanceof InvalidTypeIdException kind) {
            return messages.get("template.unknown-kind", kind.getTypeId());
        }
        if (e instanceof InvalidFormatException format) {
            return messages.get("template.bad-value", String.valueOf(format.getValue()), lastField(format));
        }
        if (e instanceof JsonMappingException) {
            return messages.get("template.invalid", e.getOriginalMessage());
        }
        return messages.get("template.malformed", e.getOriginalMessage());
    }

    private static String lastField(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        return path.isEmpty() ? "?" : String.valueOf(path.get(path.size() - 1).getFieldName());
    }

    /** The expression the compiler numbered {@code id}, in the main dataset or a subdataset. */
    private static JRExpression expression(JasperDesign design, int id) {
        JRExpressionCollector collector = JRExpressionCollector.collector(DefaultJasperReportsContext.getInstance(), design);
        collector.collect();
        List<JRExpression> candidates = new ArrayList<>(collector.getExpressions());
        for (JRDataset dataset : design.getDatasets()) {
            candidates.addAll(collector.getExpressions(dataset));
        }
        for (JRExpression expression : candidates) {
            Integer expressionId = collector.getExpressionId(expression);
            if (expressionId != null && expressionId == id) {
                return expression;
            }
        }
        return null;
    }

    /** The line where {@code text} first stands in the file, as written or XML-escaped; 0 if nowhere. */
    static int lineOf(String xml, String text) {
        int at = xml.indexOf(text);
        if (at < 0) {
            at = xml.indexOf(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        }
        if (at < 0) {
            return 0;
        }
        return (int) xml.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private TemplateException exception(int line, String reason, Throwable cause) {
        String message = line > 0
                ? messages.get("template.error.line", shownName, String.valueOf(line), reason)
                : messages.get("template.error", shownName, reason);
        return new TemplateException(message, file, line, reason, cause);
    }

    /** The innermost cause of the type: the parser's own exception rather than its wrappers. */
    private static <T extends Throwable> T deepest(Throwable e, Class<T> type) {
        T found = null;
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                found = type.cast(c);
            }
        }
        return found;
    }
}
