using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Forms.Validation;

/// <summary>Built-in messages in the site's languages; a field's own requiredMessage / invalidMessage take precedence.</summary>
public static class FormMessages
{
    public static readonly LocalizedText Required = T("Ce champ est obligatoire.", "This field is required.");

    public static readonly LocalizedText ConsentRequired = T("Vous devez donner votre accord pour continuer.", "You must give your consent to continue.");

    public static readonly LocalizedText InvalidEmail = T("Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.", "Enter a valid e-mail address, for example name@example.com.");

    public static readonly LocalizedText InvalidPhone = T("Saisissez un numéro de téléphone valide, par exemple 05 61 00 00 00.", "Enter a valid phone number, for example +33 5 61 00 00 00.");

    public static readonly LocalizedText InvalidFormat = T("Le format de ce champ n'est pas valide.", "This field is not in the expected format.");

    public static readonly LocalizedText InvalidSiret = T("Le numéro SIRET doit comporter 14 chiffres et être valide (clé de contrôle).", "The SIRET number must have 14 digits and a valid check digit.");

    /// <summary>{0} is the maximum number of characters.</summary>
    public static readonly LocalizedText TooLong = T("Ce champ ne doit pas dépasser {0} caractères.", "This field must be at most {0} characters long.");

    public static readonly LocalizedText InvalidChoice = T("Choisissez une des valeurs proposées.", "Choose one of the values offered.");

    public static readonly LocalizedText InvalidCharacters = T("Ce champ contient des caractères non autorisés (caractères de contrôle ou de direction d'écriture).", "This field contains characters that are not allowed (control or text-direction characters).");

    public static readonly LocalizedText SingleLine = T("Ce champ doit tenir sur une seule ligne.", "This field must fit on a single line.");

    public static readonly LocalizedText NoMarkup = T("Le code HTML ou les balises ne sont pas acceptés dans ce champ.", "HTML code or tags are not accepted in this field.");

    public static readonly LocalizedText SummaryTitle = T("Le formulaire contient des erreurs. Veuillez les corriger :", "There is a problem with the form. Please correct the following:");

    public static readonly LocalizedText SessionExpired = T(
        "Votre session a expiré ou la page a été ouverte ailleurs. Vos réponses ne sont pas perdues : vérifiez-les puis envoyez de nouveau le formulaire.",
        "Your session expired or the page was opened elsewhere. Your answers are kept below: check them and send the form again.");

    public static readonly LocalizedText FormNotFound = T("Ce formulaire n'existe pas.", "This form does not exist.");

    public static readonly LocalizedText MandatoryIndicator = T("obligatoire", "required");

    public static readonly LocalizedText HoneypotLabel = T("Ne pas remplir ce champ", "Leave this field empty");

    public static readonly LocalizedText BackToForm = T("Revenir à la page", "Back to the page");

    public static readonly LocalizedText NewsletterConfirmTitle = T("Confirmer votre inscription", "Confirm your subscription");

    public static readonly LocalizedText NewsletterConfirmButton = T("Je confirme mon inscription", "Confirm my subscription");

    public static readonly LocalizedText NewsletterConfirmed = T("Merci, votre inscription à la lettre d'information est confirmée.", "Thank you, your newsletter subscription is confirmed.");

    public static readonly LocalizedText NewsletterLinkInvalid = T(
        "Ce lien de confirmation n'est pas valide ou a expiré. Inscrivez-vous de nouveau pour recevoir un nouveau lien.",
        "This confirmation link is not valid or has expired. Subscribe again to receive a new link.");

    public static readonly LocalizedText NewsletterWelcomeSubject = T("Votre inscription à la lettre d'information d'Agri Sud-Ouest Innovation", "Your subscription to the Agri Sud-Ouest Innovation newsletter");

    public static readonly LocalizedText NewsletterWelcomeBody = T(
        "Bonjour,\n\nVotre inscription à la lettre d'information d'Agri Sud-Ouest Innovation est confirmée.\n\nVous pouvez vous désinscrire à tout moment avec ce lien :\n{link}\n",
        "Hello,\n\nYour subscription to the Agri Sud-Ouest Innovation newsletter is confirmed.\n\nYou can unsubscribe at any time with this link:\n{link}\n");

    public static readonly LocalizedText NewsletterUnsubscribeTitle = T("Se désinscrire de la lettre d'information", "Unsubscribe from the newsletter");

    public static readonly LocalizedText NewsletterUnsubscribeButton = T("Je me désinscris", "Unsubscribe me");

    public static readonly LocalizedText NewsletterUnsubscribed = T(
        "Vous êtes désinscrit : vous ne recevrez plus la lettre d'information et votre adresse a été supprimée.",
        "You are unsubscribed: you will not receive the newsletter any more and your address has been deleted.");

    public static readonly LocalizedText NewsletterUnsubscribeLinkInvalid = T(
        "Ce lien de désinscription n'est pas valide. Indiquez votre adresse ci-dessous pour recevoir un nouveau lien.",
        "This unsubscribe link is not valid. Enter your address below to receive a new link.");

    public static readonly LocalizedText NewsletterUnsubscribeAsk = T(
        "Indiquez l'adresse e-mail inscrite : nous vous enverrons un lien pour vous désinscrire.",
        "Enter the subscribed e-mail address: we will send you a link to unsubscribe.");

    public static readonly LocalizedText NewsletterUnsubscribeEmailLabel = T("Adresse e-mail", "E-mail address");

    public static readonly LocalizedText NewsletterUnsubscribeSendButton = T("Recevoir le lien", "Send me the link");

    public static readonly LocalizedText NewsletterUnsubscribeSent = T(
        "Si cette adresse est inscrite, un lien de désinscription vient de lui être envoyé.",
        "If this address is subscribed, an unsubscribe link has just been sent to it.");

    public static readonly LocalizedText NewsletterUnsubscribeEmailInvalid = T(
        "Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.",
        "Enter a valid e-mail address, for example name@example.com.");

    public static readonly LocalizedText NewsletterUnsubscribeMailSubject = T("Votre lien de désinscription", "Your unsubscribe link");

    public static readonly LocalizedText NewsletterUnsubscribeMailBody = T(
        "Bonjour,\n\nPour vous désinscrire de la lettre d'information d'Agri Sud-Ouest Innovation, suivez ce lien :\n{link}\n\nSi vous n'avez rien demandé, ignorez ce message.\n",
        "Hello,\n\nTo unsubscribe from the Agri Sud-Ouest Innovation newsletter, follow this link:\n{link}\n\nIf you did not ask for it, ignore this message.\n");

    public static readonly LocalizedText NewsletterUnsubscribeHint = T("Vous pourrez vous désinscrire à tout moment.", "You can unsubscribe at any time.");

    public static readonly LocalizedText NotificationIntro = T("Nouvelle réponse au formulaire « {0} » :", "New entry for the form \"{0}\":");

    private static LocalizedText T(string fr, string en) =>
        new(new Dictionary<string, string> { ["fr-FR"] = fr, ["en-US"] = en });
}
