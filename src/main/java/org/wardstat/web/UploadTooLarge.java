package org.wardstat.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over spring.servlet.multipart.max-file-size is stopped while the request is read,
 * before any controller: the reader gets the upload page again with the limit in words, not a
 * server error.
 */
@ControllerAdvice
@ConditionalOnWebApplication
class UploadTooLarge {

    private final DataSize limit;

    UploadTooLarge(org.springframework.core.env.Environment environment) {
        this.limit = DataSize.parse(environment.getProperty("spring.servlet.multipart.max-file-size", "1MB"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        model.addAttribute("limitMb", limit.toMegabytes());
        return "upload-too-large";
    }
}
